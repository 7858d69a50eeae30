import { describe, expect, it } from 'vitest';
import { retentionUntil } from '../../src/communication/retentionUntil.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const at = (iso: string): Date => new Date(iso);

describe('retentionUntil', () => {
  it('keeps meeting minutes and notices until 24:00 of the corresponding day a year later', () => {
    expect(retentionUntil('meeting-minutes', '2026-03-09T09:30:00+08:00')).toEqual(at('2027-03-10T00:00:00+08:00'));
    expect(retentionUntil('notice', '2026-03-09T09:30:00+08:00')).toEqual(at('2027-03-10T00:00:00+08:00'));
  });

  it('ends a year from 29 February on 28 February, the month having no 29th (Civil Code art. 202)', () => {
    expect(retentionUntil('notice', '2024-02-29T10:00:00+08:00')).toEqual(at('2025-03-01T00:00:00+08:00'));
  });

  it('counts the Shanghai day of the record, across the year end', () => {
    expect(retentionUntil('notice', '2026-12-31T23:59:59.999+08:00')).toEqual(at('2028-01-01T00:00:00+08:00'));
    // 16:00 UTC on 31 December is 00:00 on 1 January in Shanghai.
    expect(retentionUntil('notice', '2026-12-31T16:00:00Z')).toEqual(at('2028-01-02T00:00:00+08:00'));
  });

  it('ends at the same instant a year later under elapsed counting', () => {
    const policy = definePolicy({ dayCounting: 'elapsed' });
    expect(retentionUntil('meeting-minutes', '2026-03-09T09:30:00+08:00', { policy })).toEqual(at('2027-03-09T09:30:00+08:00'));
  });

  it("follows a company's own retention periods, per record", () => {
    const policy = definePolicy({ communication: { retention: { 'meeting-minutes': { amount: 24, unit: 'month' } } } });
    expect(retentionUntil('meeting-minutes', '2026-03-09T09:30:00+08:00', { policy })).toEqual(at('2028-03-10T00:00:00+08:00'));
    expect(retentionUntil('notice', '2026-03-09T09:30:00+08:00', { policy })).toEqual(at('2027-03-10T00:00:00+08:00'));
  });

  it.each([
    [() => retentionUntil('contract' as never, '2026-03-09'), 'invalid_enum', ['record']],
    [() => retentionUntil('notice', 'last Monday'), 'invalid_instant', ['from']],
    [() => retentionUntil('notice', 1.5), 'invalid_instant', ['from']],
  ])('refuses bad input (%#)', (action, code, path) => {
    expect(action).toThrow(InvalidInputError);
    expect(action).toThrow(expect.objectContaining({ code, path, message: expect.stringMatching(/^retentionUntil: /) }));
  });
});
