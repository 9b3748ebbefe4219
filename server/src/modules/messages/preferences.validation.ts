import { z } from 'zod';
import { CHANNELS } from './kinds.js';
import { CHOOSABLE } from './preferences.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 22:00 (HH:mm, 24-hour)');
const channelsOf = <T extends z.ZodType>(field: T) => z.object(Object.fromEntries(CHANNELS.map((c) => [c, field]))).strict();
const byCategory = <T extends z.ZodType>(field: T) => z.object(Object.fromEntries(CHOOSABLE.map((c) => [c, field]))).strict();

export const quietHoursInput = z
  .object({ start: hhmm, end: hhmm })
  .strict()
  .refine((q) => q.start !== q.end, { message: 'start and end must differ', path: ['end'] });

/** A change: any category's channels (unknown or `account` categories are refused), and/or quiet hours (null: none). */
export const updatePreferencesBody = z
  .object({
    categories: byCategory(channelsOf(z.boolean().optional()).optional()).optional(),
    quietHours: quietHoursInput.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });

export const preferencesResponse = z.object({
  categories: byCategory(channelsOf(z.boolean())),
  quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** The school's time zone, in which quiet hours are read. */
  timeZone: z.string(),
  /** Whether the school sends SMS at all (its smsNotifications feature). */
  smsAvailable: z.boolean(),
});

export const unsubscribeQuery = z.object({ token: z.string().min(1).max(500) }).strict();

export const unsubscribeResponse = z.object({
  category: z.enum(CHOOSABLE),
  school: z.string(),
  /** Whether this category still comes by email. */
  email: z.boolean(),
});
