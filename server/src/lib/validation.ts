import { z } from 'zod';

export const objectId = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be a 24-character hex id');
export const idParams = z.object({ id: objectId }).strict();
export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Passwords: long enough to resist guessing; at most bcrypt's 72 bytes (UTF-8, not characters), which it would silently truncate. */
export const password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .refine((v) => new TextEncoder().encode(v).length <= 72, 'must be at most 72 bytes (UTF-8; accented letters and emoji take 2-4)');
/** Names: no control characters and no text-direction overrides (which make a name display as something else). */
export const nameText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      // eslint-disable-next-line no-control-regex -- the point is to refuse control characters
      (v) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(v),
      'must not contain control or text-direction characters',
    );
export const personName = nameText(120);

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
