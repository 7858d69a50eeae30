import { describe, expect, it } from 'vitest';
import { MAX_RESULT_MS, MIN_RESULT_MS, SHANGHAI_OFFSET_MS } from '../../src/core/instant.js';
import { FIRST_UTC_MS, LAST_RESULT_MS } from '../../src/duty/_iCalendarSpan.js';

describe('the iCalendar span', () => {
  it('lies within the span of results, its literals derived from it', () => {
    expect(FIRST_UTC_MS).toBe(MIN_RESULT_MS + SHANGHAI_OFFSET_MS);
    expect(LAST_RESULT_MS).toBe(MAX_RESULT_MS);
  });
});
