import { createContext, useContext, type ReactNode } from 'react';

const Zone = createContext<string | undefined>(undefined);

/** The school's IANA time zone for every page below (the portal provides it from GET /api/tenant). */
export function SchoolTimeZone({ zone, children }: { zone: string | undefined; children: ReactNode }) {
  return <Zone.Provider value={zone}>{children}</Zone.Provider>;
}

/**
 * Dates and times as the school lives them, the same as in its emails: an admin abroad or a browser set to UTC
 * still reads an expiry or a send time in the school's zone. Outside a school (no zone given) the browser's zone.
 */
export function useSchoolTime() {
  const zone = useContext(Zone);
  return {
    zone,
    dateTime: (iso: string | null) =>
      iso ? new Date(iso).toLocaleString(undefined, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }) : '–',
    date: (iso: string) => new Date(iso).toLocaleDateString(undefined, { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' }),
  };
}
