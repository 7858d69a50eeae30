// The rule of each duty, as toICalendar and its schema check them (src/duty/_dutyRules.ts), is the duty
// table's, row by row: a row added or moved to another rule without it would be refused by toICalendar.
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { dutiesOfRule, dutyRuleIds, RULE_OF_DUTY } from '../../src/duty/_dutyRules.js';
import { DUTY_TABLE } from '../../src/duty/dutyTable.js';

describe('the rules of the duties', () => {
  it('are the duty table’s, for every duty and no other', () => {
    expect(Object.fromEntries(DUTY_TABLE.map((row) => [row.duty, row.rule]))).toEqual(RULE_OF_DUTY);
    expect(new Set(DUTY_TABLE.map((row) => row.duty)).size).toBe(Object.keys(RULE_OF_DUTY).length);
  });

  it('list each rule once, every one a rule of the catalog, with its duties', () => {
    expect(dutyRuleIds()).toEqual([...new Set(DUTY_TABLE.map((row) => row.rule))]);
    for (const rule of dutyRuleIds()) {
      expect(ruleCatalog[rule], rule).toBeDefined();
      expect(dutiesOfRule(rule)).toEqual(DUTY_TABLE.filter((row) => row.rule === rule).map((row) => row.duty));
    }
    expect(dutiesOfRule('supervisor.cadence')).toEqual(['area-inspections', 'work-plan', 'monthly-statistics-report']);
    expect(dutiesOfRule('no.such.rule')).toEqual([]);
  });
});
