// Internal to the schemas: the instant check they share with the rule functions.
import { toEpochMs } from '../core/instant.js';

/** The epoch ms of an instant the rule functions accept, or null: the schemas' check of a real moment. */
export function instantMsOrNull(value: unknown): number | null {
  try {
    return toEpochMs(value, 'schema', []);
  } catch {
    return null;
  }
}
