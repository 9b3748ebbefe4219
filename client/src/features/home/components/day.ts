/** A school calendar day (`YYYY-MM-DD`, already the school's day) as people read it: "Mon 30 Nov". */
export const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });

export const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)} %`);

/** The first day of a week, short enough for a chart label on a phone: "30 Nov". */
export const weekLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short' });
