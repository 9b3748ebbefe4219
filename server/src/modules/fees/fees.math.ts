/** Fee arithmetic in integer cents, kept pure so it can be checked by hand. */

export interface Line {
  amount: number;
}

export const sum = (lines: readonly Line[]) => lines.reduce((s, l) => s + l.amount, 0);

/** A discount on `base` cents: a percentage (rounded to the cent) or a fixed amount, never more than the base. */
export function discountOf(base: number, rule: { type: 'percentage' | 'fixed'; value: number }): number {
  const raw = rule.type === 'percentage' ? Math.round((base * rule.value) / 100) : Math.round(rule.value);
  return Math.max(0, Math.min(base, raw));
}

/** Splits `total` by percentages; the last instalment takes the rounding remainder so the parts add up exactly. */
export function splitInstalments(
  total: number,
  plan: readonly { dueDate: string; percent: number }[],
): { dueDate: string; amount: number }[] {
  if (plan.length === 0) return [];
  const parts = plan.map((p) => ({ dueDate: p.dueDate, amount: Math.floor((total * p.percent) / 100) }));
  parts[parts.length - 1]!.amount += total - parts.reduce((s, p) => s + p.amount, 0);
  return parts;
}

export interface InvoiceAmounts {
  lines: readonly Line[];
  discounts: readonly Line[];
  fines: readonly Line[];
  waivers: readonly Line[];
  paid: number;
}

export function totals(inv: InvoiceAmounts): { total: number; balance: number; status: 'open' | 'partially_paid' | 'paid' } {
  const total = Math.max(0, sum(inv.lines) - sum(inv.discounts) + sum(inv.fines) - sum(inv.waivers));
  const balance = Math.max(0, total - inv.paid);
  const status = balance === 0 ? 'paid' : inv.paid > 0 ? 'partially_paid' : 'open';
  return { total, balance, status };
}

/**
 * What should have been paid by `today`: instalments (or the whole net amount
 * at the due date) that have fallen due, plus fines, less waivers.
 */
export function dueBy(
  inv: InvoiceAmounts & { dueDate: string; instalments: readonly { dueDate: string; amount: number }[] },
  today: string,
): number {
  const net = sum(inv.lines) - sum(inv.discounts);
  const scheduled = inv.instalments.length ? sum(inv.instalments.filter((i) => i.dueDate <= today)) : inv.dueDate <= today ? net : 0;
  return Math.max(0, scheduled + sum(inv.fines) - sum(inv.waivers));
}

/**
 * The due date of the oldest part still unpaid by `today` (instalments in date order, then fines), or null when
 * the first unpaid part is not yet due. Payments and waivers cover the parts in order.
 */
export function oldestUnpaidDue(
  inv: Omit<InvoiceAmounts, 'fines'> & {
    dueDate: string;
    instalments: readonly { dueDate: string; amount: number }[];
    fines: readonly { date: string; amount: number }[];
  },
  today: string,
): string | null {
  const schedule = inv.instalments.length
    ? [...inv.instalments].sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    : [{ dueDate: inv.dueDate, amount: sum(inv.lines) - sum(inv.discounts) }];
  const parts = [...schedule, ...inv.fines.map((f) => ({ dueDate: f.date, amount: f.amount }))];
  const credited = inv.paid + sum(inv.waivers);
  let covered = 0;
  for (const part of parts) {
    covered += part.amount;
    if (covered > credited) return part.dueDate <= today ? part.dueDate : null;
  }
  return null;
}

/** Whole days from `from` to `to` (calendar days, `YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
