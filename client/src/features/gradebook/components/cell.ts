import { i18n } from '../../../i18n';
import { number } from '../../../lib/format';
import { isolate } from '../../../lib/bidi';

/** What a marks cell holds once read: nothing yet, an absence, a score, or a mistake to fix. */
export type Cell = { kind: 'empty' } | { kind: 'absent' } | { kind: 'score'; value: number } | { kind: 'error'; message: string };

/** The absence marker written in a cell in the shown language ("AB", "ABS", "غ"). */
export const absentMark = () => i18n.t('gradebook:cell.absentMark');

/**
 * Typed markers of an absence ("AB" on paper registers): the English ones always (a draft typed earlier, a teacher
 * used to them), and the shown language's.
 */
function isAbsent(text: string) {
  const words = `ab, abs, absent, ${i18n.t('gradebook:cell.absentWords')}, ${absentMark()}`.split(',');
  const lower = text.toLocaleLowerCase();
  return words.some((w) => w.trim() !== '' && w.trim().toLocaleLowerCase() === lower);
}

/** Arabic-Indic and Persian digits, and the Arabic decimal separator, as the ASCII a number is read from. */
const asciiDigits = (text: string) =>
  text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.');

/**
 * Reads what was typed in a cell for an exam out of `max` with `decimals` decimals allowed. "1O" or "abc" is
 * an error (never an absence): only an explicit AB (or the shown language's marker) is. Messages are in the shown
 * language.
 */
export function readCell(text: string, max: number, decimals: number): Cell {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  if (isAbsent(typed)) return { kind: 'absent' };
  const t = asciiDigits(typed);
  if (!/^\d+([.,]\d+)?$/.test(t))
    return { kind: 'error', message: i18n.t('gradebook:cell.notAMark', { text: isolate(typed), max: number(max), absent: absentMark() }) };
  const value = Number(t.replace(',', '.'));
  if (value > max) return { kind: 'error', message: i18n.t('gradebook:cell.atMost', { max: number(max) }) };
  const places = t.split(/[.,]/)[1]?.length ?? 0;
  if (places > decimals)
    return {
      kind: 'error',
      message:
        decimals === 0
          ? i18n.t('gradebook:cell.wholeOnly')
          : i18n.t('gradebook:cell.atMostDecimals', { count: decimals, n: number(decimals) }),
    };
  return { kind: 'score', value };
}

/** What the server holds, as the text of a cell, written as the shown locale writes numbers ("7,5"); readCell reads it back. */
export const cellText = (s: { score: number | null; absent: boolean }) =>
  s.absent ? absentMark() : s.score === null ? '' : number(s.score, { useGrouping: false, maximumFractionDigits: 20 });
