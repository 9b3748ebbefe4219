import { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { isLanguage } from '../lib/i18n.js';
import {
  FEATURES,
  PLANS,
  STAFF_AREAS,
  TENANT_STATUSES,
  ACTIVE_STATUSES,
  type TenantRecord,
  type Features,
  type StaffArea,
} from './tenant.types.js';

const featureFields = Object.fromEntries(FEATURES.map((f) => [f, { type: Boolean, default: false }]));

export const tenantSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 120 },
    subdomain: { type: String, required: true, lowercase: true, trim: true, unique: true },
    // Uniqueness of custom domains lives in the tenantdomains collection (plain
    // unique index): a sparse unique index here is not supported everywhere.
    customDomain: { type: String, lowercase: true, trim: true, index: true },
    status: { type: String, enum: TENANT_STATUSES, required: true, default: 'provisioning', index: true },
    statusReason: { type: String, maxlength: 500 },
    purgeAt: { type: Date },
    // A trial school is suspended by the lifecycle job once this has passed.
    trialEndsAt: { type: Date },
    // Set while the school's database is being moved: reads go on, writes get 503 TENANT_MAINTENANCE.
    maintenance: { since: { type: Date }, reason: { type: String, maxlength: 200 } },
    schoolConfig: {
      name: { type: String, required: true, maxlength: 120 },
      shortName: { type: String, maxlength: 30 },
      address: { type: String, maxlength: 300 },
      contact: {
        email: { type: String, maxlength: 254 },
        phone: { type: String, maxlength: 40 },
        website: { type: String, maxlength: 300 },
      },
      logo: { type: String, maxlength: 500 },
      motto: { type: String, maxlength: 200 },
      organization: { type: String, maxlength: 120 },
      // ISO 4217; fee amounts are integers in its smallest unit (cents).
      currency: { type: String, default: 'USD', match: /^[A-Z]{3}$/ },
      // IANA time zone of the school ("today", quiet hours); checked with Intl at entry.
      timeZone: { type: String, default: 'UTC', maxlength: 64 },
      // ISO 3166-1 alpha-2: phone numbers typed without a country code are read in this country.
      country: { type: String, match: /^[A-Z]{2}$/ },
      // The portal's, emails' and PDFs' language for anyone who has not chosen their own (lib/i18n.ts LANGUAGES).
      language: { type: String, default: 'en', maxlength: 8 },
      // BCP 47: how dates and numbers are written ("fr-SN"); the language itself when unset.
      locale: { type: String, maxlength: 35 },
      // ISO weekday the school's week starts on (1 = Monday … 7 = Sunday); the locale's region's when unset.
      weekStart: { type: Number, min: 1, max: 7 },
    },
    // How the school's messages are sent. The school's own SMTP server (optional) is sealed like a
    // connection string and never selected into the cached record: the message worker reads it.
    messaging: {
      senderName: { type: String, maxlength: 100 },
      replyTo: { type: String, maxlength: 254 },
      fromAddress: { type: String, maxlength: 254 },
      smtpUrl: { type: String, select: false },
      ownSmtp: { type: Boolean, default: false },
    },
    databaseConfig: {
      databaseName: { type: String, required: true, unique: true },
      // AES-256-GCM sealed (lib/crypto.ts); never selected into responses or logs.
      connectionString: { type: String, select: false },
    },
    features: featureFields,
    theme: {
      primaryColor: { type: String, default: '#1d4ed8' },
      secondaryColor: { type: String, default: '#0f766e' },
      fontFamily: { type: String, default: 'system-ui, sans-serif' },
      logoUrl: { type: String },
    },
    subscription: {
      plan: { type: String, enum: PLANS, default: 'basic' },
      status: { type: String, enum: ['active', 'past_due', 'cancelled'], default: 'active' },
      startDate: { type: Date, default: () => new Date() },
      endDate: { type: Date },
    },
    // What the school's `staff` role may use; the school admin sets it (GET/PATCH /api/settings).
    staffAccess: { type: [{ type: String, enum: STAFF_AREAS }], default: () => [...STAFF_AREAS] },
    limits: {
      maxStudents: { type: Number, default: 500, min: 0 },
      maxTeachers: { type: Number, default: 50, min: 0 },
      maxStorageMb: { type: Number, default: 1024, min: 0 },
      requestsPerMinute: { type: Number, default: 600, min: 0 },
    },
  },
  { timestamps: true, strict: 'throw' },
);

tenantSchema.index({ name: 1 });
tenantSchema.virtual('active').get(function active() {
  return ACTIVE_STATUSES.includes(this.status);
});

export type TenantDoc = InferSchemaType<typeof tenantSchema>;
export type TenantDocument = HydratedDocument<TenantDoc>;

/** Lean tenant document (with the sealed connection string if it was selected) → TenantRecord. */
export function toTenantRecord(doc: TenantDoc & { _id: { toString(): string } }): TenantRecord {
  return {
    id: doc._id.toString(),
    name: doc.name,
    subdomain: doc.subdomain,
    customDomain: doc.customDomain ?? undefined,
    status: doc.status,
    active: ACTIVE_STATUSES.includes(doc.status),
    databaseName: doc.databaseConfig?.databaseName ?? '',
    encryptedConnectionString: doc.databaseConfig?.connectionString ?? undefined,
    schoolConfig: {
      name: doc.schoolConfig?.name ?? doc.name,
      shortName: doc.schoolConfig?.shortName ?? undefined,
      address: doc.schoolConfig?.address ?? undefined,
      contact: {
        email: doc.schoolConfig?.contact?.email ?? undefined,
        phone: doc.schoolConfig?.contact?.phone ?? undefined,
        website: doc.schoolConfig?.contact?.website ?? undefined,
      },
      logo: doc.schoolConfig?.logo ?? undefined,
      motto: doc.schoolConfig?.motto ?? undefined,
      organization: doc.schoolConfig?.organization ?? undefined,
      currency: doc.schoolConfig?.currency ?? 'USD',
      timeZone: doc.schoolConfig?.timeZone ?? 'UTC',
      country: doc.schoolConfig?.country ?? undefined,
      language: isLanguage(doc.schoolConfig?.language) ? doc.schoolConfig.language : 'en',
      locale: doc.schoolConfig?.locale ?? undefined,
      weekStart: doc.schoolConfig?.weekStart ?? undefined,
    },
    messaging: {
      senderName: doc.messaging?.senderName ?? undefined,
      replyTo: doc.messaging?.replyTo ?? undefined,
      fromAddress: doc.messaging?.fromAddress ?? undefined,
      ownSmtp: Boolean(doc.messaging?.ownSmtp),
    },
    features: { ...(doc.features as unknown as Features) },
    theme: {
      primaryColor: doc.theme?.primaryColor ?? '#1d4ed8',
      secondaryColor: doc.theme?.secondaryColor ?? '#0f766e',
      fontFamily: doc.theme?.fontFamily ?? 'system-ui, sans-serif',
      logoUrl: doc.theme?.logoUrl ?? undefined,
    },
    subscription: {
      plan: doc.subscription?.plan ?? 'basic',
      status: doc.subscription?.status ?? 'active',
      startDate: doc.subscription?.startDate ?? new Date(0),
      endDate: doc.subscription?.endDate ?? undefined,
    },
    limits: {
      maxStudents: doc.limits?.maxStudents ?? 0,
      maxTeachers: doc.limits?.maxTeachers ?? 0,
      maxStorageMb: doc.limits?.maxStorageMb ?? 1024,
      requestsPerMinute: doc.limits?.requestsPerMinute ?? 600,
    },
    staffAccess: (doc.staffAccess ?? [...STAFF_AREAS]) as StaffArea[],
    maintenance: Boolean(doc.maintenance?.since),
  };
}
