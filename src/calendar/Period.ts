/**
 * A period as the standards state them: "3天内" is `{ amount: 3, unit: 'day' }`, "2个工作日内"
 * `{ amount: 2, unit: 'workday' }`, "4个工作小时" `{ amount: 4, unit: 'workhour' }`, "当日" `{ unit: 'same-day' }`, "次日" `{ unit: 'next-day' }`.
 * RULES C2–C5, C8.
 */
export type Period =
  | {
      /** How many units: a whole number ≥ 1, or for hours and working hours any finite number ≥ 0 (RULES C8). */
      readonly amount: number;
      /**
       * Hours (exact), days, weeks or months (Civil Code counting), working days (工作日), or working
       * hours (工作小时: time inside the policy's `businessHours` on working days, RULES C12).
       */
      readonly unit: 'hour' | 'day' | 'week' | 'month' | 'workday' | 'workhour';
    }
  | {
      /** 当日 (by 24:00 of the event's day) or 次日 (by 24:00 of the next day). */
      readonly unit: 'same-day' | 'next-day';
    };
