import { z } from 'zod';
import { toEpochMs } from '../core/instant.js';
import { instantSchema } from './common.js';

// Epoch ms of an instant the schema has already accepted, or null when it names no real moment
// (2026-02-30): the ordering checks below then leave the error to the instant itself.
function instantMs(value: unknown): number | null {
  try {
    return toEpochMs(value, 'schema', []);
  } catch {
    return null;
  }
}

/** A valid instant: the shape of {@link instantSchema} and a real moment (no 2026-02-30). */
const realInstantSchema = instantSchema.refine((value) => instantMs(value) !== null, { message: 'must be a valid instant' });

const repairClassSchema = z.enum(['A', 'B', 'C']).meta({
  title: 'Repair class',
  description: '报修类别：A（已入住且影响日常生活）、B（未入住、已装修且影响装修进度）、C（其他）。 Repair class: A (moved in, daily life affected), B (renovation held up), C (any other).',
});

/** The input of {@link classifyRepair}: four required facts. */
export const classifyRepairInputSchema = z
  .strictObject({
    movedIn: z.boolean().meta({ description: '业主已正式入住。 The owner has formally moved in.' }),
    affectsDailyLife: z.boolean().meta({ description: '问题直接影响日常生活。 The problem directly affects daily life.' }),
    renovationStarted: z.boolean().meta({ description: '未入住但已入场装修。 Not moved in, renovation started.' }),
    affectsRenovation: z.boolean().meta({ description: '问题影响装修进度。 The problem holds up the renovation.' }),
  })
  .meta({ title: 'classifyRepair input', description: '报修分类的事实。 The facts a repair is classified by.' });

/** A centralized handover period: whole Shanghai days from `start` to `end`, both included. */
export const repairHandoverPeriodSchema = z
  .strictObject({ start: realInstantSchema, end: realInstantSchema })
  .superRefine((period, context) => {
    const start = instantMs(period.start);
    const end = instantMs(period.end);
    if (start !== null && end !== null && end < start) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
    }
  })
  .meta({ title: 'Handover period', description: '集中交房期（按北京时间整日计，首尾两日均含）。 A centralized handover period (whole Shanghai days, both ends included).' });

const repairCaseShape = {
  repairClass: repairClassSchema,
  receivedAt: realInstantSchema.meta({ description: '接收维修信息的时刻。 When the repair information was received.' }),
  centralizedHandover: z.boolean().optional().meta({ description: '受理时处于集中交房期。 The receipt falls in a centralized handover period.' }),
  handoverPeriods: z.array(repairHandoverPeriodSchema).optional().meta({ description: '项目的集中交房期。 The project\'s centralized handover periods.' }),
};

/** The input of {@link repairDeadline}. */
export const repairDeadlineInputSchema = z
  .strictObject(repairCaseShape)
  .meta({ title: 'repairDeadline input', description: '报修处理时限的输入：类别、受理时刻、集中交房期。 Class, receipt and handover period of a repair.' });

/** A pause of the repair clock (e.g. the owner is not at home); no `end` while it is still running. */
export const repairPauseSchema = z
  .strictObject({ start: realInstantSchema, end: realInstantSchema.optional() })
  .superRefine((pause, context) => {
    const start = instantMs(pause.start);
    const end = pause.end === undefined ? null : instantMs(pause.end);
    if (start !== null && end !== null && end < start) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
    }
  })
  .meta({ title: 'Repair pause', description: '计时暂停（如业主不在家）；未结束时不填 end。 A pause of the clock (e.g. owner not at home); no end while running.' });

/** The input of {@link repairStatus}, with the same ordering checks as the function. */
export const repairStatusInputSchema = z
  .strictObject({
    ...repairCaseShape,
    planAcceptedAt: realInstantSchema.optional().meta({ description: '业主认可处理方案的时刻。 When the owner accepted the handling plan.' }),
    completedAt: realInstantSchema.optional().meta({ description: '处理结束的时刻。 When the repair was finished.' }),
    asOf: realInstantSchema.meta({ description: '查看状态的时刻（“现在”）。 The moment the status is taken ("now").' }),
    pauses: z.array(repairPauseSchema).optional().meta({ description: '计时暂停区间。 Spans that stop the clock.' }),
  })
  .superRefine((repair, context) => {
    const received = instantMs(repair.receivedAt);
    const asOf = instantMs(repair.asOf);
    if (received === null || asOf === null) return;
    if (asOf < received) context.addIssue({ code: 'custom', path: ['asOf'], message: 'must not be before receivedAt' });
    for (const key of ['planAcceptedAt', 'completedAt'] as const) {
      const ms = repair[key] === undefined ? null : instantMs(repair[key]);
      if (ms === null) continue;
      if (ms < received) context.addIssue({ code: 'custom', path: [key], message: 'must not be before receivedAt' });
      else if (ms > asOf) context.addIssue({ code: 'custom', path: [key], message: 'must not be after asOf' });
    }
    repair.pauses?.forEach((pause, index) => {
      const start = instantMs(pause.start);
      if (start !== null && start < received) context.addIssue({ code: 'custom', path: ['pauses', index, 'start'], message: 'must not be before receivedAt' });
    });
  })
  .meta({ title: 'repairStatus input', description: '报修时限状态的输入。 A repair case whose status against its deadline is wanted.' });

/** The argument of {@link referralDueAt}: when the repair request was received. */
export const referralDueAtInputSchema = realInstantSchema.meta({
  title: 'referralDueAt input',
  description: '接到报修的时刻。 When the repair request was received.',
});

/** The argument of {@link paidServiceDueAt}: when the paid-service request was made. */
export const paidServiceDueAtInputSchema = realInstantSchema.meta({
  title: 'paidServiceDueAt input',
  description: '提出有偿服务请求的时刻。 When the paid-service request was made.',
});

const factFlags = {
  movedIn: z.boolean().optional(),
  affectsDailyLife: z.boolean().optional(),
  renovationStarted: z.boolean().optional(),
  affectsRenovation: z.boolean().optional(),
};

/** Every class and handover combination has a row, so no repair is left without a deadline. */
function coversEveryCase(rows: readonly { repairClass: string; duringHandover: boolean | null }[]): boolean {
  return (['A', 'B', 'C'] as const).every((repairClass) =>
    [true, false].every((during) => rows.some((row) => row.repairClass === repairClass && (row.duringHandover === null || row.duringHandover === during))),
  );
}

/** The `repair` section of {@link Policy}. */
export const repairPolicySchema = z.strictObject({
  classRules: z.array(z.strictObject({ repairClass: repairClassSchema, when: z.strictObject(factFlags) })),
  deadlines: z
    .array(
      z.strictObject({
        repairClass: repairClassSchema,
        duringHandover: z.boolean().nullable(),
        days: z.number().int().min(1),
      }),
    )
    .refine(coversEveryCase, { message: 'must have a row for every class, during and outside a handover period' }),
  clockStartsAt: z.enum(['receipt', 'acceptance']),
  dueSoon: z
    .discriminatedUnion('measure', [
      z.strictObject({
        measure: z.literal('lead-ms'),
        threshold: z.strictObject({ value: z.number().int().nonnegative(), inclusive: z.boolean() }),
      }),
      z.strictObject({
        measure: z.literal('share-basis-points'),
        threshold: z.strictObject({ value: z.number().int().min(0).max(10_000), inclusive: z.boolean() }),
      }),
    ])
    .nullable(),
  referralHours: z.number().nonnegative().finite(),
  paidServiceHours: z.number().nonnegative().finite(),
});
