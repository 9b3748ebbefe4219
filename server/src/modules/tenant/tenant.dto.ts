import type { Language } from '../../lib/i18n.js';
import { schoolWeekStart } from '../../lib/dates.js';
import { schoolLocale } from '../../tenancy/tenant.types.js';
import type { Feature, TenantRecord } from '../../tenancy/tenant.types.js';
import { schoolSendsSms } from '../messages/outbox.js';

/** What anyone may know about a school before signing in: enough to theme its login page. */
export interface PublicTenant {
  id: string;
  name: string;
  shortName?: string;
  subdomain: string;
  logo?: string;
  motto?: string;
  /** The school's IANA zone: the portal shows times in it, as its emails do. */
  timeZone: string;
  /** The school's default language and its locale (dates, numbers, first day of the week). */
  language: Language;
  locale: string;
  weekStart: number;
  theme: TenantRecord['theme'];
  features: Feature[];
}

export function toPublicTenant(t: TenantRecord): PublicTenant {
  return {
    id: t.id,
    name: t.schoolConfig.name || t.name,
    shortName: t.schoolConfig.shortName,
    subdomain: t.subdomain,
    logo: t.theme.logoUrl ?? t.schoolConfig.logo,
    motto: t.schoolConfig.motto,
    timeZone: t.schoolConfig.timeZone,
    language: t.schoolConfig.language,
    locale: schoolLocale(t.schoolConfig),
    // ISO's Monday unless the school names a locale with a region (en-US: Sunday) or chooses its own day.
    weekStart: schoolWeekStart(t.schoolConfig),
    theme: t.theme,
    // smsNotifications only where it works: the platform has an SMS provider (else the portal would offer what never arrives).
    features: (Object.keys(t.features) as Feature[]).filter((f) => t.features[f] && (f !== 'smsNotifications' || schoolSendsSms(t))),
  };
}
