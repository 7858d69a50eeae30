import { requireNonNegativeNumber, invalid } from './validate.js';
import type { InputPath } from './errors.js';

/** Floating-point noise tolerated when reading yuan as fen: a millionth of a fen (RULES C9). */
export const FEN_NOISE = 1e-6;

/**
 * True when a yuan amount is a whole number of fen: exactly the double nearest to one, or within a
 * millionth of a fen of one (floating-point noise such as 0.1 + 0.2). RULES C9.
 */
export function isExactToTheFen(yuan: number): boolean {
  const fen = yuan * 100;
  const rounded = Math.round(fen);
  return rounded / 100 === yuan || Math.abs(fen - rounded) <= FEN_NOISE;
}

/** The largest yuan amount read exactly as fen: 2^53 − 1 fen. */
export const MAX_YUAN = 90_071_992_547_409.91;

/**
 * Reads a non-negative yuan amount as integer fen. An amount finer than the fen (1000.004) is refused;
 * noise within a millionth of a fen (0.07 * 100) is read as the fen it is meant to be (RULES C9).
 */
export function yuanToFen(value: unknown, fn: string, path: InputPath): number {
  const yuan = requireNonNegativeNumber(value, fn, path);
  // Too large first: an amount whose fen overflow to Infinity is no "finer than the fen".
  if (yuan > MAX_YUAN) throw invalid(fn, path, 'out_of_range', 'a yuan amount below 2^53 fen', value);
  if (!isExactToTheFen(yuan)) throw invalid(fn, path, 'sub_fen_amount', 'a yuan amount exact to the fen (0.01)', value);
  const rounded = Math.round(yuan * 100);
  if (!Number.isSafeInteger(rounded)) throw invalid(fn, path, 'out_of_range', 'a yuan amount below 2^53 fen', value);
  return rounded;
}

/** Integer fen back to yuan: a number with at most two decimals. */
export function fenToYuan(fen: number): number {
  // Division by 100 yields the double closest to the decimal, so 11 fen prints as 0.11.
  return fen / 100;
}

/** Rounds half away from zero (2.5 → 3, −2.5 → −3): the rounding the standards' money uses (RULES C9). */
export function roundHalfAwayFromZero(value: number): number {
  const magnitude = Math.floor(Math.abs(value) + 0.5);
  return value < 0 ? -magnitude : magnitude;
}
