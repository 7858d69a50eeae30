import { z } from 'zod';
import { boundSchema, yuanSchema } from './common.js';

/** The amount argument of {@link approvalAuthority}. */
export const approvalAuthorityInputSchema = yuanSchema.meta({
  title: 'approvalAuthority input',
  description: '投诉金额（元）。 The complaint amount in yuan.',
});

/** True when each band's ceiling is at least the one before it (an open band is above any ceiling). */
function ceilingsIncrease(bands: readonly { upTo: { value: number } | null }[]): boolean {
  return bands.every((band, index) => {
    const previous = index === 0 ? null : bands[index - 1]?.upTo;
    return previous == null || band.upTo === null || band.upTo.value >= previous.value;
  });
}

const approverSchema = z.enum(['sales-manager', 'deputy-general-manager', 'general-manager']);

/** The `complaint` section of {@link Policy}. */
export const complaintPolicySchema = z.strictObject({
  approvalBands: z
    .array(z.strictObject({ approver: approverSchema, upTo: boundSchema.nullable() }))
    .min(1)
    .refine((bands) => bands.at(-1)?.upTo === null, { message: 'the last approval band must be open-ended (upTo: null)' })
    .refine(ceilingsIncrease, { message: 'approval band ceilings must not decrease' })
    .refine((bands) => bands.slice(0, -1).every((band) => band.upTo !== null), { message: 'only the last approval band may be open-ended' }),
});
