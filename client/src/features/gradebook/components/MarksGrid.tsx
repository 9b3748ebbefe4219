import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { number } from '../../../lib/format';
import { isolate } from '../../../lib/bidi';
import { absentMark, readCell } from './cell';

const errorIdOf = (studentId: string) => `mark-error-${studentId}`;

export interface GridRow {
  studentId: string;
  name: string;
}

/**
 * A column of mark cells, one per student, that reads like a spreadsheet: each cell is checked as it is typed
 * (the bad one outlined, its message under it naming the student), ArrowUp/ArrowDown and Enter/Shift+Enter move
 * between students.
 */
export function MarksGrid({
  rows,
  values,
  max,
  decimals,
  serverErrors,
  onChange,
}: {
  rows: GridRow[];
  values: Record<string, string>;
  max: number;
  decimals: number;
  serverErrors: Record<string, string>;
  onChange: (studentId: string, text: string) => void;
}) {
  const { t } = useTranslation('gradebook');
  const cells = useRef<(HTMLInputElement | null)[]>([]);
  const move = (from: number, by: number) => {
    const next = cells.current[from + by];
    if (next) {
      next.focus();
      next.select();
    }
  };
  const onKey = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) {
      e.preventDefault();
      move(i, 1);
    } else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) {
      e.preventDefault();
      move(i, -1);
    }
  };
  const words = { max: number(max), absent: absentMark() };
  return (
    <div className="table-wrap">
      <table className="marks-grid">
        <caption>
          {decimals === 0 ? t('grid.captionWhole', words) : t('grid.captionDecimals', { ...words, count: decimals, n: number(decimals) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.student')}</th>
            <th scope="col">{t('grid.mark', words)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const text = values[r.studentId] ?? '';
            const cell = readCell(text, max, decimals);
            const error =
              cell.kind === 'error' ? t('grid.cellError', { name: isolate(r.name), message: cell.message }) : serverErrors[r.studentId];
            const errorId = errorIdOf(r.studentId);
            return (
              <tr key={r.studentId} className={error ? 'has-error' : undefined}>
                <th scope="row">{r.name}</th>
                <td>
                  <input
                    ref={(el) => {
                      cells.current[i] = el;
                    }}
                    aria-label={t('grid.cellLabel', { name: isolate(r.name) })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    inputMode="decimal"
                    autoComplete="off"
                    size={6}
                    value={text}
                    onChange={(e) => onChange(r.studentId, e.target.value)}
                    onKeyDown={onKey(i)}
                    onFocus={(e) => e.target.select()}
                  />
                  {error && (
                    <span id={errorId} className="field-error">
                      {error}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
