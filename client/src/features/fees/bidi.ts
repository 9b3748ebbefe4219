import { i18n } from '../../i18n';

/**
 * A name or code set apart (Unicode first-strong isolate) inside a right-to-left sentence, so "Amani Mwangi
 * (LOOK-2026-0001)" or "2026-12-07" keeps its own order between Arabic words instead of being reordered with them.
 * Left-to-right text needs no isolate (and keeps its plain characters).
 */
export const isolate = (text: string) => (i18n.dir() === 'rtl' ? `\u2068${text}\u2069` : text);
