/** School calendar days are `YYYY-MM-DD` strings (UTC), compared as text. */
export const today = (): string => new Date().toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
