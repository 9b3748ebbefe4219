export interface Bar {
  label: string;
  value: number;
  /** A CSS colour; the school's primary colour when left out. */
  color?: string;
  /** What to print for the value, when not `format(value)` (e.g. "12 of 300"). */
  text?: string;
}

/**
 * Horizontal bars (they fit a phone screen), drawn with CSS. The figures are
 * also in a table for screen readers, and printed beside each bar.
 */
export function BarChart({
  title,
  bars,
  format = String,
  max,
}: {
  title: string;
  bars: Bar[];
  format?: (n: number) => string;
  max?: number;
}) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div aria-hidden="true">
        {bars.map((b) => (
          <div className="bar-row" key={b.label}>
            <span className="bar-label">{b.label}</span>
            <span className="bar-track">
              <span className="bar" style={{ width: `${(b.value / top) * 100}%`, background: b.color ?? 'var(--primary)' }} />
            </span>
            <span className="bar-value">{b.text ?? format(b.value)}</span>
          </div>
        ))}
      </div>
      {/* The table in a hidden box: a table does not shrink to 1 px itself and would widen a phone screen. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{b.text ?? format(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
