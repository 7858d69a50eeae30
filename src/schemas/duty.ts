import { z } from 'zod';
import type { dutyCalendar, DutyCalendarRange } from '../duty/dutyCalendar.js';
import type { Role } from '../duty/dutyTable.js';
import { instantMsOrNull } from './_instantMs.js';
import { instantSchema } from './common.js';

export { dutyPolicySchema } from './policy/duty.js';

// The Shanghai day of an instant (0 for a value that is not one: the field's own check reports it).
const shanghaiDay = (value: unknown): number => Math.floor(((instantMsOrNull(value) ?? 0) + 28_800_000) / 86_400_000);

/** A role of the duty calendar. */
export const roleSchema: z.ZodEnum<z.core.util.ToEnum<Role>> = z
  .enum(['service-staff', 'front-desk', 'supervisor', 'manager', 'gm-office'])
  .meta({ title: 'Role', description: '岗位：客服人员、前台、客服主管、服务中心/部门经理、总经理办公室。 The role: service staff, front desk, supervisor, manager, general manager’s office.' });

/**
 * The input of {@link dutyCalendar}: the window's first and last day and the roles. `to`'s day must not
 * be before `from`'s; the window's longest length is the policy's (`duty.maxWindowMonths`), which the
 * function checks.
 */
export const dutyCalendarInputSchema: z.ZodType<DutyCalendarRange> = z
  .strictObject({ from: instantSchema, to: instantSchema, roles: z.array(roleSchema).optional() })
  .refine((range) => shanghaiDay(range.to) >= shanghaiDay(range.from), { message: "to's day must not be before from's", path: ['to'] })
  .meta({
    title: 'dutyCalendar input',
    description: '时间窗口的首日与末日（按北京时间整日计）及岗位（缺省为全部岗位）。 The window’s first and last day (whole Shanghai days) and the roles (all when absent).',
  });
