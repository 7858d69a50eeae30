import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';

describe('counting conventions in the catalog', () => {
  it('holds C1–C10 and the calendar’s policy readings', () => {
    for (const id of ['C1', 'C1b', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C2.elapsed', 'C2.rest-day-extension', 'C3.weekends-fallback', 'C5.before-day-inclusive']) {
      expect(ruleCatalog[id], id).toBeDefined();
    }
  });

  it('cites the Civil Code and the State Council notices', () => {
    expect(ruleCatalog.C2?.clause).toContain('第二百零一条');
    expect(ruleCatalog.C2?.source).toBe('PRC');
    expect(ruleCatalog.C1?.clause).toContain('第一千二百五十九条');
    expect(ruleCatalog.C3?.clause).toContain('国务院办公厅');
    expect(ruleCatalog.C10?.clause).toContain('国务院办公厅');
    expect(ruleCatalog['C2.rest-day-extension']?.clause).toContain('第二百零三条');
  });
});
