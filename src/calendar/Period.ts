/**
 * A period as the standards state them: "3天内" is `{ amount: 3, unit: 'day' }`, "2个工作日内"
 * `{ amount: 2, unit: 'workday' }`, "当日" `{ unit: 'same-day' }`, "次日" `{ unit: 'next-day' }`.
 * RULES C2–C5, C8.
 */
export type Period =
  | { readonly amount: number; readonly unit: 'hour' | 'day' | 'week' | 'month' | 'workday' }
  | { readonly unit: 'same-day' | 'next-day' };
