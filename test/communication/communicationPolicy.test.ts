import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communicationDueAt } from '../../src/communication/communicationDueAt.js';
import { noticePlan } from '../../src/communication/noticePlan.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import type { z } from 'zod';
import type { CommunicationPolicy } from '../../src/communication/communicationPolicy.js';
import { defaultCommunicationPolicy } from '../../src/communication/communicationPolicy.js';
import type { KpiPolicy } from '../../src/kpi/kpiPolicy.js';
import { defaultKpiPolicy } from '../../src/kpi/kpiPolicy.js';
import { communicationPolicySchema } from '../../src/schemas/communication.js';
import { kpiPolicySchema } from '../../src/schemas/kpi.js';
import { visitPolicySchema } from '../../src/schemas/visit.js';
import type { VisitPolicy } from '../../src/visit/visitPolicy.js';
import { defaultVisitPolicy } from '../../src/visit/visitPolicy.js';

// The policy sections of issue 7 and their zod schemas must describe the same shape (both ways), and
// the defaults must pass their schema.
describe('communication, visit and kpi policy sections', () => {
  it('have the same shape as their schemas (type level)', () => {
    // A parsed section is a valid section, and a section passes for the schema's type.
    const fromCommunication = (parsed: z.infer<typeof communicationPolicySchema>): CommunicationPolicy => parsed;
    const fromVisit = (parsed: z.infer<typeof visitPolicySchema>): VisitPolicy => parsed;
    const fromKpi = (parsed: z.infer<typeof kpiPolicySchema>): KpiPolicy => parsed;
    const toCommunication = (section: CommunicationPolicy): Readonly<z.infer<typeof communicationPolicySchema>> => section;
    const toVisit = (section: VisitPolicy): z.infer<typeof visitPolicySchema> => section as z.infer<typeof visitPolicySchema>;
    const toKpi = (section: KpiPolicy): Readonly<z.infer<typeof kpiPolicySchema>> => section;
    expect(fromCommunication(toCommunication(defaultCommunicationPolicy) as z.infer<typeof communicationPolicySchema>)).toBe(defaultCommunicationPolicy);
    expect(fromVisit(toVisit(defaultVisitPolicy))).toBe(defaultVisitPolicy);
    expect(fromKpi(toKpi(defaultKpiPolicy) as z.infer<typeof kpiPolicySchema>)).toBe(defaultKpiPolicy);
  });

  it('pass their schemas with the defaults', () => {
    expect(communicationPolicySchema.safeParse(defaultCommunicationPolicy).success).toBe(true);
    expect(visitPolicySchema.safeParse(defaultVisitPolicy).success).toBe(true);
    expect(kpiPolicySchema.safeParse(defaultKpiPolicy).success).toBe(true);
  });

  it('are the sections of defaultPolicy, frozen even when imported alone', () => {
    expect(defaultPolicy.communication).toBe(defaultCommunicationPolicy);
    expect(defaultPolicy.visit).toBe(defaultVisitPolicy);
    expect(defaultPolicy.kpi).toBe(defaultKpiPolicy);
    expect(Object.isFrozen(defaultCommunicationPolicy.notices['pest-control'].residentLead)).toBe(true);
    expect(Object.isFrozen(defaultVisitPolicy.quotaBrackets[0])).toBe(true);
    expect(Object.isFrozen(defaultKpiPolicy.supervisor)).toBe(true);
  });

  // The rule functions read the top-level counting keys (restDays, dayCounting) with the defaults of
  // defaultPolicy written out, so that their entry points stay small: no policy and defaultPolicy must agree.
  it('give the same answers without a policy as with defaultPolicy', () => {
    const instant = fc.integer({ min: Date.parse('2019-02-01T00:00:00+08:00'), max: Date.parse('2026-11-30T00:00:00+08:00') });
    const kind = fc.constantFrom('pest-control', 'utility-outage', 'community-event', 'works' as const);
    fc.assert(
      fc.property(kind, instant, (k, ms) => {
        expect(noticePlan(k, ms)).toEqual(noticePlan(k, ms, { policy: defaultPolicy }));
        expect(communicationDueAt('contract-unclear', ms)).toEqual(communicationDueAt('contract-unclear', ms, { policy: defaultPolicy }));
      }),
      { numRuns: 100 },
    );
  });
});
