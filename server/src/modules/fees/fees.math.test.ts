import { addDays } from '../../lib/dates.js';
import { discountOf, dueBy, splitInstalments, totals } from './fees.math.js';

describe('fee arithmetic (cents)', () => {
  it('applies percentage and fixed discounts, never beyond the base', () => {
    expect(discountOf(100_000, { type: 'percentage', value: 10 })).toBe(10_000);
    expect(discountOf(33_333, { type: 'percentage', value: 15 })).toBe(5_000); // 4999.95 rounds to 5000
    expect(discountOf(5_000, { type: 'fixed', value: 7_500 })).toBe(5_000);
  });

  it('splits instalments that add up to the cent', () => {
    const parts = splitInstalments(100_001, [
      { dueDate: '2026-01-01', percent: 33 },
      { dueDate: '2026-02-01', percent: 33 },
      { dueDate: '2026-03-01', percent: 34 },
    ]);
    expect(parts.map((p) => p.amount)).toEqual([33_000, 33_000, 34_001]);
    expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(100_001);
  });

  it('computes total, balance, status and what is due by a day', () => {
    const inv = {
      lines: [{ amount: 50_000 }, { amount: 10_000 }],
      discounts: [{ amount: 6_000 }],
      fines: [{ amount: 1_000 }],
      waivers: [{ amount: 2_000 }],
      paid: 20_000,
      dueDate: '2026-03-01',
      instalments: [
        { dueDate: '2026-01-15', amount: 27_000 },
        { dueDate: '2026-03-01', amount: 27_000 },
      ],
    };
    // 60 000 − 6 000 + 1 000 − 2 000 = 53 000; paid 20 000 → balance 33 000.
    expect(totals(inv)).toEqual({ total: 53_000, balance: 33_000, status: 'partially_paid' });
    expect(dueBy(inv, '2026-02-01')).toBe(26_000); // 27 000 + 1 000 − 2 000
    expect(dueBy(inv, '2026-03-01')).toBe(53_000);
    expect(totals({ ...inv, paid: 53_000 }).status).toBe('paid');
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });
});
