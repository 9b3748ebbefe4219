import type { Response } from 'express';

type Cell = string | number | boolean | null | undefined;

/**
 * One CSV cell (RFC 4180). Cells that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR at the start) are prefixed with a quote so that an
 * exported name like `=HYPERLINK(...)` stays text.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Flattens a DTO for export: nested objects become `a.b` columns, arrays are joined with `;`. */
export function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v)) out[key] = v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join(';');
    else if (v instanceof Date) out[key] = v.toISOString();
    else if (typeof v === 'object' && v !== null) Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = v as Cell;
  }
  return out;
}

/** The UTF-8 byte-order mark: without it Excel reads a CSV in the machine's code page ("JosÃ©" for "José", "Ù…Ø­Ù…Ø¯" for "محمد"). */
export const UTF8_BOM = '\uFEFF';

export function sendCsv(res: Response, filename: string, csv: string): void {
  res.type('text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`);
  res.send(UTF8_BOM + csv);
}
