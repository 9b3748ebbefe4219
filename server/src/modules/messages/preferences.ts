import mongoose, { Types } from 'mongoose';
import { DateTime } from 'luxon';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { MESSAGE_CATEGORIES, type Channel, type MessageCategory } from './kinds.js';
import { MessagePreferenceModel } from './preferences.schema.js';

/** The categories a person chooses for: every one but `account` (invitations, resets, sign-in notices always go). */
export const CHOOSABLE = MESSAGE_CATEGORIES.filter((c): c is Exclude<MessageCategory, 'account'> => c !== 'account');
export type Choosable = (typeof CHOOSABLE)[number];

export interface QuietHours {
  /** `HH:mm`, local time in the school's time zone. */
  start: string;
  end: string;
}

export interface Preferences {
  categories: Record<Choosable, Record<Channel, boolean>>;
  quietHours: QuietHours | null;
}

/**
 * Without a choice: every category by email; by SMS only absences (the one a
 * parent wants at once; SMS costs the school per segment).
 */
export const defaultPreferences = (): Preferences => ({
  categories: {
    absence: { email: true, sms: true },
    fees: { email: true, sms: false },
    results: { email: true, sms: false },
    announcements: { email: true, sms: false },
  },
  quietHours: null,
});

type Stored = { _id: Types.ObjectId; categories?: Partial<Preferences['categories']>; quietHours?: QuietHours | null };

const withDefaults = (doc: Stored | null | undefined): Preferences => {
  const prefs = defaultPreferences();
  if (!doc) return prefs;
  for (const c of CHOOSABLE) {
    const chosen = doc.categories?.[c];
    if (chosen) prefs.categories[c] = { email: chosen.email, sms: chosen.sms };
  }
  prefs.quietHours = doc.quietHours?.start && doc.quietHours.end ? { start: doc.quietHours.start, end: doc.quietHours.end } : null;
  return prefs;
};

/** One account's preferences (the defaults when it never chose). */
export async function preferencesOf(userId: Types.ObjectId | string): Promise<Preferences> {
  const doc = await tenantModel(MessagePreferenceModel).findById(userId).lean<Stored>();
  return withDefaults(doc);
}

/** Many accounts' preferences in one query, by account id. */
export async function preferencesFor(userIds: readonly Types.ObjectId[]): Promise<Map<string, Preferences>> {
  const docs = userIds.length
    ? await tenantModel(MessagePreferenceModel)
        .find({ _id: mongoose.trusted({ $in: userIds }) })
        .lean<Stored[]>()
    : [];
  const byId = new Map(docs.map((d) => [d._id.toString(), d]));
  return new Map(userIds.map((id) => [id.toString(), withDefaults(byId.get(id.toString()))]));
}

export interface PreferencesChange {
  categories?: Partial<Record<Choosable, Partial<Record<Channel, boolean>>>>;
  quietHours?: QuietHours | null;
}

/** Applies a change (categories channel by channel; quiet hours as a whole) and returns the result. */
export async function savePreferences(userId: Types.ObjectId | string, change: PreferencesChange): Promise<Preferences> {
  const next = await preferencesOf(userId);
  for (const c of CHOOSABLE) Object.assign(next.categories[c], change.categories?.[c] ?? {});
  if (change.quietHours !== undefined) next.quietHours = change.quietHours;
  await tenantModel(MessagePreferenceModel).updateOne(
    { _id: new Types.ObjectId(String(userId)) },
    { $set: { categories: next.categories, quietHours: next.quietHours } },
    { upsert: true },
  );
  return next;
}

/** Unsubscribe: the category's email is turned off for the account; the rest of its choices stay. */
export async function turnOffEmail(userId: Types.ObjectId | string, category: Choosable): Promise<Preferences> {
  return savePreferences(userId, { categories: { [category]: { email: false } } });
}

const at = (local: DateTime, hhmm: string) => {
  const [hour, minute] = hhmm.split(':').map(Number);
  return local.set({ hour, minute, second: 0, millisecond: 0 });
};

/**
 * When a message may go out under these quiet hours: undefined when `now` is
 * outside them, else the end of the quiet hours, in the school's time zone
 * (luxon: a quiet night across a daylight-saving change ends at 07:00 local
 * whatever the offset did). Hours that cross midnight (22:00–07:00) end the
 * next morning when `now` is in the evening.
 */
export function quietUntil(quiet: QuietHours | null, now: Date, timeZone: string): Date | undefined {
  if (!quiet || quiet.start === quiet.end) return undefined;
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const start = at(local, quiet.start);
  const end = at(local, quiet.end);
  if (start < end) return local >= start && local < end ? end.toJSDate() : undefined;
  if (local >= start) return at(local.plus({ days: 1 }), quiet.end).toJSDate();
  if (local < end) return end.toJSDate();
  return undefined;
}
