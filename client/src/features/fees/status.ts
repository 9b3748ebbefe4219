import type { TFunction } from 'i18next';

/** The state to show: "Overdue" wins while something due is unpaid; a state the catalogue lacks shows its code. */
export function statusLabel(i: { status: string; overdue: number }, t: TFunction<'fees'>) {
  const state = i.overdue > 0 ? 'overdue' : i.status;
  return isStatus(state) ? t(`status.${state}`) : state;
}

const STATES = ['overdue', 'open', 'partially_paid', 'paid', 'void'] as const;
const isStatus = (s: string): s is (typeof STATES)[number] => (STATES as readonly string[]).includes(s);
