import type { Types } from 'mongoose';
import { AppError, isDuplicateKey } from '../../lib/errors.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { InvoiceModel, InvoiceRevisionModel, PaymentModel, type InvoiceDoc } from './fees.schema.js';
import { sum, totals } from './fees.math.js';

type Id = { _id: Types.ObjectId };
type Invoice = InvoiceDoc & Id;
type Figures = Pick<InvoiceDoc, 'paid' | 'total' | 'balance' | 'status'>;

/** The invoice as stored, and with paid, balance and status computed from its payments (never from a running counter). */
async function recomputed(invoiceId: Types.ObjectId): Promise<{ stored: Invoice; fresh: Invoice }> {
  const stored = await tenantModel(InvoiceModel).findById(invoiceId).lean();
  if (!stored) throw new AppError(404, 'NOT_FOUND', 'Invoice not found');
  // Payments are read after the invoice: a writer that wins the next revision has seen every payment stored before its read.
  const paid = sum(await tenantModel(PaymentModel).find({ invoiceId }).select('amount').lean());
  return { stored, fresh: withFigures(stored, paid) };
}

function withFigures(invoice: Invoice, paid: number): Invoice {
  const next = totals({ ...invoice, paid });
  return { ...invoice, paid, total: next.total, balance: next.balance, status: invoice.status === 'void' ? 'void' : next.status };
}

const sameFigures = (a: Figures, b: Figures) =>
  a.paid === b.paid && a.total === b.total && a.balance === b.balance && a.status === b.status;

/** A revision claim older than this is from a writer that died between claiming and writing. */
const STALE_CLAIM_MS = 30_000;

export const backoff = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * 10 * Math.min(attempt + 1, 10)));

/**
 * Every write of an invoice goes through here. A writer first claims revision
 * rev + 1 under a unique (invoiceId, rev) index and only the winner writes, so
 * two writers based on the same revision can never lose each other's change
 * (a waiver array rewritten whole, or on FerretDB any update, which rewrites
 * the document it read); the loser re-reads and decides again. `change` gets
 * the invoice with its figures recomputed and returns the arrays to set, or
 * null for "nothing to change" (it may throw to refuse). A claim whose writer
 * died is skipped after STALE_CLAIM_MS so an invoice never stays locked.
 */
export async function reviseInvoice(
  invoiceId: Types.ObjectId,
  change: (invoice: Invoice) => Partial<Pick<InvoiceDoc, 'waivers' | 'fines'>> | null,
): Promise<Invoice> {
  const Revisions = tenantModel(InvoiceRevisionModel);
  for (let attempt = 0; attempt < 60; attempt++) {
    const { stored, fresh } = await recomputed(invoiceId);
    const fields = change(fresh);
    const next = withFigures({ ...fresh, ...fields } as Invoice, fresh.paid);
    if (!fields && sameFigures(stored, next)) return next;
    let rev = (stored.rev ?? 0) + 1;
    const stale = await Revisions.findOne({ invoiceId, rev }).lean();
    if (stale && Date.now() - stale.createdAt.getTime() > STALE_CLAIM_MS) rev += 1;
    const claimedAt = Date.now();
    try {
      await Revisions.create({ invoiceId, rev });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await backoff(attempt);
      continue;
    }
    // A writer slower than the stale limit may have been skipped: it must not write over the newer revision.
    if (Date.now() - claimedAt > STALE_CLAIM_MS / 2) throw new AppError(503, 'BUSY', 'The invoice is busy; try again');
    const { paid, total, balance, status } = next;
    await tenantModel(InvoiceModel).updateOne({ _id: invoiceId }, { $set: { ...fields, rev, paid, total, balance, status } });
    return { ...next, rev };
  }
  throw new AppError(503, 'BUSY', 'The invoice is busy; try again');
}

/** Stores the figures recomputed from the payments (when they changed). */
export const refresh = (invoiceId: Types.ObjectId) => reviseInvoice(invoiceId, () => null);
