import type { Language } from '../lib/i18n.js';
export const TENANT_STATUSES = ['provisioning', 'trial', 'active', 'suspended', 'deleted'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];
export const ACTIVE_STATUSES: readonly TenantStatus[] = ['trial', 'active'];

export const PLANS = ['basic', 'standard', 'premium'] as const;
export type Plan = (typeof PLANS)[number];

export const FEATURES = [
  'financialManagement',
  'smsNotifications',
  'advancedReporting',
  'parentPortal',
  'onlineExams',
  'library',
  'transport',
] as const;
export type Feature = (typeof FEATURES)[number];

/** The areas a school may open to its `staff` role (office staff, bursar, registrar...). */
export const STAFF_AREAS = [
  'academic',
  'people',
  'enrolment',
  'timetable',
  'attendance',
  'gradebook',
  'fees',
  'communication',
  'reports',
] as const;
export type StaffArea = (typeof STAFF_AREAS)[number];
export type Features = Record<Feature, boolean>;

export interface SchoolConfig {
  name: string;
  shortName?: string;
  address?: string;
  contact?: { email?: string; phone?: string; website?: string };
  logo?: string;
  motto?: string;
  organization?: string;
  currency?: string;
  /** IANA time zone ("Africa/Nairobi"); UTC when unset. */
  timeZone: string;
  /** ISO 3166-1 alpha-2, for phone numbers typed without a country code. */
  country?: string;
  /** Default language of the portal, emails and PDFs (a person may choose their own). */
  language: Language;
  /** BCP 47 locale for dates and numbers ("fr-SN"); the language when unset. */
  locale?: string;
  /** ISO weekday the week starts on (1 = Monday … 7 = Sunday); the locale's when unset. */
  weekStart?: number;
}

/** The locale the school writes dates and numbers in: its own, else its language. */
export const schoolLocale = (c: Pick<SchoolConfig, 'language' | 'locale'>): string => c.locale ?? c.language;

/** How the school's messages are sent (the SMTP URL itself stays sealed in the platform database). */
export interface MessagingSettings {
  /** Shown as the sender's name; the school's name when unset. */
  senderName?: string;
  replyTo?: string;
  /** The From address when the school uses its own SMTP server. */
  fromAddress?: string;
  /** The school sends through its own SMTP server. */
  ownSmtp: boolean;
}

export interface Theme {
  primaryColor: string;
  secondaryColor: string;
  fontFamily: string;
  logoUrl?: string;
}

export interface Subscription {
  plan: Plan;
  status: 'active' | 'past_due' | 'cancelled';
  startDate: Date;
  endDate?: Date;
}

export interface Limits {
  maxStudents: number;
  maxTeachers: number;
  /** Data, indexes and uploaded files, in megabytes. */
  maxStorageMb: number;
  /** API requests a minute, for the whole school (429 RATE_LIMITED beyond). */
  requestsPerMinute: number;
}

/**
 * A tenant as the request pipeline sees it: a plain, cacheable object.
 * `encryptedConnectionString` stays sealed until the connection factory needs it.
 */
export interface TenantRecord {
  id: string;
  name: string;
  subdomain: string;
  customDomain?: string;
  status: TenantStatus;
  active: boolean;
  databaseName: string;
  encryptedConnectionString?: string;
  schoolConfig: SchoolConfig;
  messaging: MessagingSettings;
  features: Features;
  theme: Theme;
  subscription: Subscription;
  limits: Limits;
  staffAccess: StaffArea[];
  /** The school's database is being moved: writes are refused until it is done. */
  maintenance: boolean;
}
