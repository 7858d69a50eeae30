import { z } from 'zod';

/** PLACEHOLDER: issue 3 adds the calendar's input schemas (periodSchema, ...). */
export const calendarSchemaVersion = z.literal(1);
