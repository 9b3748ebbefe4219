import { useRef, type KeyboardEvent } from 'react';
import { readCell } from './cell';

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
  const scale = decimals === 0 ? 'whole marks' : `up to ${decimals} decimal${decimals > 1 ? 's' : ''}`;
  return (
    <div className="table-wrap">
      <table className="marks-grid">
        <caption>
          Marks out of {max} ({scale}); AB for absent, empty for not marked yet. Arrow keys and Enter move between students.
        </caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Mark (of {max})</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const text = values[r.studentId] ?? '';
            const cell = readCell(text, max, decimals);
            const error = cell.kind === 'error' ? `${r.name}: ${cell.message}` : serverErrors[r.studentId];
            const errorId = `mark-error-${r.studentId}`;
            return (
              <tr key={r.studentId} className={error ? 'has-error' : undefined}>
                <th scope="row">{r.name}</th>
                <td>
                  <input
                    ref={(el) => {
                      cells.current[i] = el;
                    }}
                    aria-label={`${r.name} mark`}
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
