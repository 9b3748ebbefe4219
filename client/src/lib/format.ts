/** Integer cents of `currency` as the reader's locale writes money. */
export const money = (cents: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100);

/** Today as the API's calendar day (`YYYY-MM-DD`, UTC). */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * A school calendar day (`YYYY-MM-DD`, already the school's day) as people read it: "Mon, 30 Nov", with `year`
 * "Mon, 30 Nov 2026", without `weekday` "30 Nov" (a chart label on a phone). Read as UTC, so no zone shifts the day.
 */
export const dayLabel = (day: string, opts: { year?: boolean; weekday?: boolean } = {}) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    timeZone: 'UTC',
    ...(opts.weekday === false ? {} : { weekday: 'short' }),
    day: 'numeric',
    month: 'short',
    ...(opts.year ? { year: 'numeric' } : {}),
  });
