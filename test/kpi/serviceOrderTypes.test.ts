import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { serviceOrderKind, serviceOrderTypes } from '../../src/kpi/serviceOrderTypes.js';

describe('serviceOrderTypes', () => {
  it('lists the four types of CR 第六條 in order, frozen', () => {
    expect(serviceOrderTypes).toEqual([
      { code: 'A', kind: 'paid', name: '有偿服务' },
      { code: 'B', kind: 'contract', name: '合同服务' },
      { code: 'C', kind: 'free', name: '免费服务' },
      { code: 'D', kind: 'internal', name: '内务服务' },
    ]);
    expect(Object.isFrozen(serviceOrderTypes)).toBe(true);
    expect(Object.isFrozen(serviceOrderTypes[0])).toBe(true);
  });
});

describe('serviceOrderKind', () => {
  it('reads each letter as its kind, agreeing with the table', () => {
    for (const type of serviceOrderTypes) expect(serviceOrderKind(type.code)).toBe(type.kind);
  });

  it.each(['E', 'a', '', 1, null])('refuses %j', (code) => {
    expect(() => serviceOrderKind(code as never)).toThrow(InvalidInputError);
    expect(() => serviceOrderKind(code as never)).toThrow(expect.objectContaining({ code: 'invalid_enum', path: ['code'] }));
  });
});
