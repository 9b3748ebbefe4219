import { z } from 'zod';

export const objectId = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be a 24-character hex id');
export const idParams = z.object({ id: objectId }).strict();
export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Passwords: long enough to resist guessing; at most bcrypt's 72 bytes (UTF-8, not characters), which it would silently truncate. */
export const password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .refine((v) => new TextEncoder().encode(v).length <= 72, 'must be at most 72 bytes (UTF-8; accented letters and emoji take 2-4)');
export const personName = z.string().trim().min(1).max(120);

/** Dates leave the API as ISO strings. */
export const isoDate = z.iso.datetime({ offset: true });

/** A search term: trimmed, bounded, and without control characters (a NUL cannot even be sent to the database in a pattern). */
export const searchText = (max = 60) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // eslint-disable-next-line no-control-regex -- the point is to refuse control characters
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');
