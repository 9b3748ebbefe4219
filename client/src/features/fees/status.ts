/** Invoice states as the office says them. */
export const STATUS_LABEL: Record<string, string> = {
  open: 'Unpaid',
  partially_paid: 'Partly paid',
  paid: 'Paid',
  void: 'Cancelled',
};

/** The state to show: "Overdue" wins while something due is unpaid. */
export const statusLabel = (i: { status: string; overdue: number }) => (i.overdue > 0 ? 'Overdue' : (STATUS_LABEL[i.status] ?? i.status));
