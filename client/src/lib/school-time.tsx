import { createContext, useContext, type ReactNode } from 'react';
import { currentLocale } from '../i18n';

const Zone = createContext<string | undefined>(undefined);

/** The school's IANA time zone for every page below (the portal provides it from GET /api/tenant). */
export function SchoolTimeZone({ zone, children }: { zone: string | undefined; children: ReactNode }) {
  return <Zone.Provider value={zone}>{children}</Zone.Provider>;
}

/** The calendar day (`YYYY-MM-DD`) it is now in `zone` (the browser's zone when none is given). */
export function dayIn(zone: string | undefined, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Dates and times as the school lives them, the same as in its emails: an admin abroad or a browser set to UTC
 * still reads an expiry or a send time in the school's zone, and "today" is the school's day (a register at 08:00
 * in Sydney is for Sydney's date). Written in the shown language's locale. Outside a school, the browser's zone.
 */
export function useSchoolTime() {
  const zone = useContext(Zone);
  return {
    zone,
    today: () => dayIn(zone),
    dateTime: (iso: string | null) =>
      iso ? new Date(iso).toLocaleString(currentLocale(), { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }) : '–',
    date: (iso: string) =>
      new Date(iso).toLocaleDateString(currentLocale(), { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' }),
  };
}
