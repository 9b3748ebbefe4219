import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { currentContext } from '../../lib/context.js';

/**
 * A phone number as people type it ("0712 345 678", "+44 20 7946 0958") in
 * E.164 ("+447946095800"), or undefined when it is not a valid number. A
 * number without its country code is read in the school's country.
 */
export function toE164(raw: string, country?: string): string | undefined {
  const parsed = parsePhoneNumberFromString(raw.trim(), country as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : undefined;
}

/** The current school's country (schoolConfig.country), when there is a school in context. */
const schoolCountry = () => currentContext()?.tenant?.schoolConfig.country;

/**
 * A zod field for a phone number: normalised to E.164, refused when invalid.
 * Without `country`, a number typed without its country code is read in the
 * current school's country (read when the value is checked, in the request).
 */
export const phoneField = (country?: string) =>
  z
    .string()
    .trim()
    .max(40)
    .transform((raw, ctx) => {
      const e164 = toE164(raw, country ?? schoolCountry());
      if (!e164) {
        ctx.addIssue({ code: 'custom', message: 'Not a valid phone number (include the country code, e.g. +44 20 7946 0958)' });
        return z.NEVER;
      }
      return e164;
    });

/** True when `value` is safe inside a mail header (a subject, a display name, a reply-to): no CR, LF, NUL or other control character. */
export const headerSafe = (value: string) => ![...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** A zod string that may end up in a mail header: line breaks and control characters refused. */
export const headerText = (max: number) =>
  z.string().trim().min(1).max(max).refine(headerSafe, { message: 'Must not contain line breaks or control characters' });
