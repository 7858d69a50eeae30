import { describe, expect, it } from 'vitest';
import { appraisalEntries } from '../../src/catalog/entries/appraisal.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';

const RULES_IDS = [
  'appraisal.base',
  'appraisal.cap',
  'appraisal.bonus',
  'appraisal.minor',
  'appraisal.moderate',
  'appraisal.severe',
  'appraisal.escalation',
  'appraisal.dismissal-offense',
  'appraisal.emergency-overrun',
  'appraisal.adjustment',
  'appraisal.grade',
  'appraisal.pay-float',
  'appraisal.pay-float-start',
  'appraisal.termination',
  'appraisal.exam',
  'appraisal.work-hours',
];

describe('appraisal catalog entries', () => {
  it('cover every appraisal rule of RULES.md', () => {
    for (const id of RULES_IDS) expect(ruleCatalog[id], id).toBeDefined();
  });

  it('have all three summaries and name their source clause', () => {
    for (const [id, entry] of Object.entries(appraisalEntries)) {
      expect(id.startsWith('appraisal.')).toBe(true);
      expect(entry.clause.length, id).toBeGreaterThan(0);
      expect(entry.summary['zh-Hans'].length, id).toBeGreaterThan(5);
      expect(entry.summary['zh-Hant'].length, id).toBeGreaterThan(5);
      expect(entry.summary.en.length, id).toBeGreaterThan(10);
    }
  });

  it('mark the termination grounds with a legal risk', () => {
    for (const id of ['appraisal.termination', 'appraisal.termination.low-score', 'appraisal.termination.last-place', 'appraisal.termination.dismissal-offense']) {
      expect(appraisalEntries[id]?.legalRisk, id).toMatch(/Labour Contract Law/);
    }
  });
});
