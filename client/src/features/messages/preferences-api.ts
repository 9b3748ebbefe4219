import { z } from 'zod';
import { api } from '../../lib/api';

export const CATEGORIES = ['absence', 'fees', 'results', 'announcements'] as const;
export type Category = (typeof CATEGORIES)[number];

const channels = z.object({ email: z.boolean(), sms: z.boolean() });
export const preferences = z.object({
  categories: z.object({ absence: channels, fees: channels, results: channels, announcements: channels }),
  quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  timeZone: z.string(),
  smsAvailable: z.boolean(),
});
export type Preferences = z.infer<typeof preferences>;
export type PreferencesChange = Partial<Pick<Preferences, 'categories' | 'quietHours'>>;

export const fetchPreferences = async () => preferences.parse((await api.get('/me/message-preferences')).data);
export const savePreferences = async (change: PreferencesChange) =>
  preferences.parse((await api.put('/me/message-preferences', change)).data);

export const unsubscribeInfo = z.object({ category: z.enum(CATEGORIES), school: z.string(), email: z.boolean() });
export type UnsubscribeInfo = z.infer<typeof unsubscribeInfo>;

/** What an unsubscribe link would turn off (changes nothing). */
export const readUnsubscribe = async (token: string) =>
  unsubscribeInfo.parse((await api.get('/public/unsubscribe', { params: { token } })).data);
/** Turns it off: the same one-click request a mail client sends (RFC 8058). */
export const confirmUnsubscribe = async (token: string) =>
  unsubscribeInfo.parse(
    (
      await api.post('/public/unsubscribe', 'List-Unsubscribe=One-Click', {
        params: { token },
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      })
    ).data,
  );
