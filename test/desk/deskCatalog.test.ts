import { describe, expect, it } from 'vitest';
import { deskEntries } from '../../src/catalog/entries/desk.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';

describe('desk catalog entries', () => {
  it('are part of the catalog, cite CR, and have all three summaries', () => {
    for (const [id, entry] of Object.entries(deskEntries)) {
      expect(ruleCatalog[id]).toEqual(entry);
      expect(entry.source).toBe('CR');
      expect(entry.summary['zh-Hans'].length).toBeGreaterThan(5);
      expect(entry.summary['zh-Hant'].length).toBeGreaterThan(5);
      expect(entry.summary.en.length).toBeGreaterThan(10);
    }
  });

  it('marks every fine, the probation rules and the rest-day rule with a legal risk', () => {
    for (const id of [
      'desk.handover-log',
      'desk.weekly-report',
      'desk.customer-complaint',
      'desk.misc',
      'desk.misc.off-work-chat',
      'desk.misc.cleaning-duty',
      'desk.misc.customer-data-leak',
      'desk.probation',
      'desk.shifts',
      'desk.shifts.rest-days',
    ]) {
      expect(deskEntries[id]?.legalRisk, id).toBeTruthy();
    }
  });
});
