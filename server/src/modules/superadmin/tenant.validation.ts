import { z } from 'zod';
import { IANAZone } from 'luxon';
import { isSupportedCountry } from 'libphonenumber-js';
import { canonicalLocale, LANGUAGES } from '../../lib/i18n.js';
import { FEATURES, PLANS, TENANT_STATUSES } from '../../tenancy/tenant.types.js';
import { domainProblem, subdomainProblem } from '../../tenancy/hostname.js';
import { email, objectId, password, personName, searchText } from '../../lib/validation.js';
import { paginationQuery } from '../../lib/pagination.js';
import { domainStatusResponse } from '../domains/domains.service.js';
import { headerSafe } from '../messages/address.js';

export const subdomain = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((v, ctx) => {
    const problem = subdomainProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `subdomain ${problem}` });
  });

export const customDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/\.$/, ''))
  .superRefine((v, ctx) => {
    const problem = domainProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `domain ${problem}` });
  });

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d4ed8');
const url = z.url({ protocol: /^https?$/ }).max(500);
const shortText = (max: number) => z.string().trim().max(max);
/** A name that becomes the sender name and subject of the school's mail: one line, no control characters. */
const oneLine = (max: number) => shortText(max).refine(headerSafe, 'Must not contain line breaks or control characters');

export const featuresInput = z.object(Object.fromEntries(FEATURES.map((f) => [f, z.boolean().optional()]))).strict();

export const themeInput = z
  .object({
    primaryColor: color.optional(),
    secondaryColor: color.optional(),
    fontFamily: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[\w\s,'"-]+$/, 'must be a CSS font family list')
      .optional(),
    // An image on the web, or a logo uploaded to this school (GET /api/files/:id/public).
    logoUrl: z.union([url, z.string().regex(/^\/api\/files\/[0-9a-f]{24}\/public$/, 'an https URL or an uploaded logo')]).optional(),
  })
  .strict();

export const schoolConfigInput = z
  .object({
    name: oneLine(120).min(1).optional(),
    shortName: oneLine(30).optional(),
    address: shortText(300).optional(),
    contact: z
      .object({ email: email.optional(), phone: shortText(40).optional(), website: url.optional() })
      .strict()
      .optional(),
    logo: url.optional(),
    motto: shortText(200).optional(),
    organization: shortText(120).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD')
      .optional(),
    // Dates, quiet hours and reminders are read in this zone.
    timeZone: z
      .string()
      .trim()
      .max(64)
      .refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone like Africa/Nairobi')
      .optional(),
    // Phone numbers typed without a country code are read in this country.
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => /^[A-Z]{2}$/.test(c) && isSupportedCountry(c), 'must be an ISO 3166-1 alpha-2 country code like KE')
      .optional(),
    language: z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` }).optional(),
    // Written canonically ("fr-sn" → "fr-SN"); a tag Intl does not know is refused.
    locale: z
      .string()
      .trim()
      .max(35)
      .transform((tag, ctx) => {
        const locale = canonicalLocale(tag);
        if (!locale) ctx.addIssue({ code: 'custom', message: 'must be a BCP 47 locale like fr-SN' });
        return locale ?? tag;
      })
      // null goes back to the language's own conventions.
      .nullable()
      .optional(),
    // null goes back to the locale's first day.
    weekStart: z.number().int().min(1).max(7).nullable().optional(),
  })
  .strict();

export const limitsInput = z
  .object({
    maxStudents: z.number().int().min(0).max(1_000_000).optional(),
    maxTeachers: z.number().int().min(0).max(100_000).optional(),
    maxStorageMb: z.number().int().min(0).max(10_000_000).optional(),
    requestsPerMinute: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

export const subscriptionInput = z
  .object({
    plan: z.enum(PLANS).optional(),
    status: z.enum(['active', 'past_due', 'cancelled']).optional(),
    startDate: z.coerce.date().optional(),
    endDate: z.coerce.date().optional(),
  })
  .strict();

export const createTenantBody = z
  .object({
    name: oneLine(120).min(2),
    subdomain,
    customDomain: customDomain.optional(),
    plan: z.enum(PLANS).default('basic'),
    status: z.enum(['trial', 'active']).default('active'),
    features: featuresInput.optional(),
    theme: themeInput.optional(),
    schoolConfig: schoolConfigInput.optional(),
    limits: limitsInput.optional(),
    admin: z
      .object({ name: personName, email, password: password.optional() })
      .strict()
      .describe('The first admin: with a password, a welcome email is sent; without one, an invitation to choose it'),
  })
  .strict();

export const updateTenantBody = z
  .object({
    name: oneLine(120).min(2).optional(),
    customDomain: customDomain.nullable().optional(),
    features: featuresInput.optional(),
    theme: themeInput.optional(),
    schoolConfig: schoolConfigInput.optional(),
    limits: limitsInput.optional(),
    subscription: subscriptionInput.optional(),
    trialEndsAt: z.coerce.date().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });

export const statusChangeBody = z.object({ reason: shortText(500).optional() }).strict();

export const listTenantsQuery = z
  .object({
    ...paginationQuery,
    status: z.enum(TENANT_STATUSES).optional(),
    plan: z.enum(PLANS).optional(),
    search: searchText(100).optional(),
    sort: z.enum(['name', '-name', 'createdAt', '-createdAt', 'subdomain', '-subdomain']).default('-createdAt'),
  })
  .strict();

export const superAdminLoginBody = z.object({ email, password: z.string().min(1).max(200) }).strict();

export type CreateTenant = z.infer<typeof createTenantBody>;
export type UpdateTenant = z.infer<typeof updateTenantBody>;
export type ListTenants = z.infer<typeof listTenantsQuery>;

const nullableString = z.string().nullable();
export const adminTenantResponse = z.object({
  id: z.string(),
  name: z.string(),
  subdomain: z.string(),
  customDomain: nullableString,
  status: z.enum(TENANT_STATUSES),
  active: z.boolean(),
  statusReason: nullableString,
  purgeAt: nullableString,
  trialEndsAt: nullableString,
  pendingDomain: domainStatusResponse.shape.pending.optional(),
  schoolConfig: z.record(z.string(), z.unknown()),
  databaseConfig: z.object({ databaseName: z.string(), dedicated: z.boolean() }),
  features: z.record(z.string(), z.boolean()),
  theme: z.record(z.string(), z.unknown()),
  subscription: z.record(z.string(), z.unknown()),
  limits: z.object({ maxStudents: z.number(), maxTeachers: z.number(), maxStorageMb: z.number(), requestsPerMinute: z.number() }),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});

export const superAdminSessionResponse = z.object({
  accessToken: z.string(),
  expiresIn: z.number().int(),
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
});

export const auditQuery = z.object({ ...paginationQuery, tenantId: objectId.optional(), action: z.string().max(60).optional() }).strict();

export const auditEntryResponse = z.object({
  id: z.string(),
  actorEmail: z.string(),
  action: z.string(),
  tenantId: nullableString,
  details: z.unknown(),
  ip: nullableString,
  at: z.string(),
});

export type AuditQuery = z.infer<typeof auditQuery>;
