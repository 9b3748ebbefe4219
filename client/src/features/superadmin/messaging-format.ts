/** "5 min ago", or "in 5 min" for a time still ahead (a school whose next try waits on a backoff or a quiet hour). */
export const ago = (iso: string | null | undefined) => {
  if (!iso) return '–';
  const d = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
  const s = Math.abs(d);
  const span = s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
  return d < 0 ? `in ${span}` : `${span} ago`;
};

/** Failed tries, bounces and give-ups of one channel. */
export const failed = (c: { failed: number; dead: number; bounced: number }) => c.failed + c.dead + c.bounced;
