import { z } from 'zod';
import { LANGUAGES } from '../../lib/i18n.js';

/** What anyone may know about a school before signing in. */
export const publicTenantResponse = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().optional(),
  subdomain: z.string(),
  logo: z.string().optional(),
  motto: z.string().optional(),
  timeZone: z.string(),
  language: z.enum(LANGUAGES),
  locale: z.string(),
  weekStart: z.number().int(),
  theme: z.object({ primaryColor: z.string(), secondaryColor: z.string(), fontFamily: z.string(), logoUrl: z.string().optional() }),
  features: z.array(z.string()),
});
