import { currentLocale } from '../../i18n';

/**
 * "5 min ago", or "in 5 min" for a time still ahead (a school whose next try waits on a backoff or a quiet hour), in
 * the shown language ("il y a 5 min", "منذ ٥ دقائق").
 */
export const ago = (iso: string | null | undefined) => {
  if (!iso) return '–';
  const d = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  const s = Math.abs(d);
  const format = new Intl.RelativeTimeFormat(currentLocale(), { style: 'short' });
  return s < 90
    ? format.format(d, 'second')
    : s < 5400
      ? format.format(Math.round(d / 60), 'minute')
      : format.format(Math.round(d / 3600), 'hour');
};

/** Failed tries, bounces and give-ups of one channel. */
export const failed = (c: { failed: number; dead: number; bounced: number }) => c.failed + c.dead + c.bounced;
