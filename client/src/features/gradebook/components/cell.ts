/** What a marks cell holds once read: nothing yet, an absence, a score, or a mistake to fix. */
export type Cell = { kind: 'empty' } | { kind: 'absent' } | { kind: 'score'; value: number } | { kind: 'error'; message: string };

/** Typed markers of an absence ("AB" on paper registers); anything else must be a number. */
const ABSENT = /^(ab|abs|absent)$/i;

/**
 * Reads what was typed in a cell for an exam out of `max` with `decimals` decimals allowed. "1O" or "abc" is
 * an error (never an absence): only an explicit AB is.
 */
export function readCell(text: string, max: number, decimals: number): Cell {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (ABSENT.test(t)) return { kind: 'absent' };
  if (!/^\d+([.,]\d+)?$/.test(t))
    return { kind: 'error', message: `"${t}" is not a mark: type a number from 0 to ${max}, or AB if absent` };
  const value = Number(t.replace(',', '.'));
  if (value > max) return { kind: 'error', message: `At most ${max}` };
  const places = t.split(/[.,]/)[1]?.length ?? 0;
  if (places > decimals)
    return { kind: 'error', message: decimals === 0 ? 'Whole marks only' : `At most ${decimals} decimal${decimals > 1 ? 's' : ''}` };
  return { kind: 'score', value };
}

/** What the server holds, as the text of a cell. */
export const cellText = (s: { score: number | null; absent: boolean }) => (s.absent ? 'AB' : s.score === null ? '' : String(s.score));
