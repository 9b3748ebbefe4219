export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** The seven days from the school's first (ISO 1 Monday … 7 Sunday; Monday when unknown). */
export function schoolWeek(weekStart: number): Day[] {
  const first = Number.isInteger(weekStart) && weekStart >= 1 && weekStart <= 7 ? weekStart - 1 : 0;
  return [...DAYS.slice(first), ...DAYS.slice(0, first)];
}

/**
 * The grid's days, in the school's week (from its first day: Monday in France, Saturday in Egypt): every day from the
 * first to the last that has a lesson, so a free day in between shows as free; Monday to Friday at least where the
 * week starts on Monday.
 */
export function weekColumns(weekStart: number, taught: Set<string>): Day[] {
  const week = schoolWeek(weekStart);
  const shown = week.map((d, i) => taught.has(d) || (week[0] === 'mon' && i < 5));
  const from = shown.indexOf(true);
  const to = shown.lastIndexOf(true);
  return from === -1 ? [] : week.slice(from, to + 1);
}
