import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { money } from '../../lib/format';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import type { SessionUser } from '../../lib/session';
import { AsyncState } from '../../components/AsyncState';
import { DataTable } from '../../components/DataTable';
import { PrintButton } from '../../components/ExportButton';
import { useInvoice, type InvoiceDetail, type RecordedPayment } from './api/invoices';
import { PaymentForm } from './components/PaymentForm';
import { statusLabel } from './status';
import { METHOD_LABEL } from './receipt-text';
import './fees.css';

export const receiptPath = (invoiceId: string, paymentId: string) =>
  paths.feeReceipt.replace(':id', invoiceId).replace(':paymentId', paymentId);

/** One invoice: what it is for, what was taken off or added, every payment with its receipt, and what is left. */
export function InvoicePage({ role }: { role: SessionUser['role'] }) {
  const { id = '' } = useParams();
  const invoice = useInvoice(id);
  return (
    <section className="fees-page">
      <AsyncState
        loading={invoice.isPending}
        error={invoice.isError ? errorMessage(invoice.error, 'Could not load the invoice') : null}
        onRetry={() => void invoice.refetch()}
      >
        {invoice.data && <InvoiceView invoice={invoice.data} office={role === 'admin' || role === 'staff'} />}
      </AsyncState>
    </section>
  );
}

function InvoiceView({ invoice: i, office }: { invoice: InvoiceDetail; office: boolean }) {
  const [paying, setPaying] = useState(false);
  const [recorded, setRecorded] = useState<RecordedPayment | null>(null);
  const m = (cents: number) => money(cents, i.currency);
  const lines = [
    ...i.lines.map((l) => ({ kind: 'Fee', text: l.description, amount: m(l.amount) })),
    ...i.discounts.map((l) => ({ kind: 'Discount', text: l.description, amount: `− ${m(l.amount)}` })),
    ...i.fines.map((f) => ({ kind: 'Late fine', text: `${f.description} (${f.date})`, amount: m(f.amount) })),
    ...i.waivers.map((w) => ({ kind: 'Waiver', text: w.reason, amount: `− ${m(w.amount)}` })),
  ].map((l, n) => ({ ...l, id: String(n) }));
  const canPay = office && i.balance > 0 && i.status !== 'void';
  return (
    <>
      <p className="no-print">
        <Link to={paths.fees}>← Invoices</Link>
      </p>
      <h1>Invoice {i.number}</h1>
      <p>
        {i.student ? (
          <>
            <Link to={`${paths.students}/${i.student.id}`}>{i.student.name}</Link> ({i.student.admissionNumber}
            {i.student.className ? `, ${[i.student.className, i.student.sectionName].filter(Boolean).join(' ')}` : ''})
          </>
        ) : (
          'Student record removed'
        )}
        {i.guardians.length > 0 && (
          <>
            {' · Family: '}
            {i.guardians.map((g) => [g.name, g.phone, g.email].filter(Boolean).join(', ')).join('; ')}
          </>
        )}
      </p>
      <dl className="invoice-figures">
        <div>
          <dt>Status</dt>
          <dd>{statusLabel(i)}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{i.dueDate}</dd>
        </div>
        <div>
          <dt>Total</dt>
          <dd>{m(i.total)}</dd>
        </div>
        <div>
          <dt>Paid</dt>
          <dd>{m(i.paid)}</dd>
        </div>
        <div>
          <dt>Balance</dt>
          <dd>{m(i.balance)}</dd>
        </div>
        <div>
          <dt>Overdue today</dt>
          <dd>{i.overdue > 0 ? m(i.overdue) : '–'}</dd>
        </div>
      </dl>
      {recorded && (
        <p role="status" className="card-item">
          Payment of {m(recorded.amount)} recorded: receipt {recorded.receiptNumber}.{' '}
          <Link to={receiptPath(i.id, recorded.id)}>Print the receipt</Link>
        </p>
      )}
      <div className="row no-print">
        {canPay && !paying && (
          <button type="button" onClick={() => (setRecorded(null), setPaying(true))}>
            Record payment
          </button>
        )}
        <PrintButton label="Print invoice" />
      </div>
      {paying && (
        <PaymentForm
          invoice={i}
          onDone={(p) => {
            setPaying(false);
            setRecorded(p);
          }}
          onCancel={() => setPaying(false)}
        />
      )}
      <h2>Lines</h2>
      <DataTable
        rows={lines}
        rowKey={(l) => l.id}
        columns={[
          { label: 'Kind', value: (l) => l.kind },
          { label: 'Description', value: (l) => l.text },
          { label: 'Amount', value: (l) => l.amount },
        ]}
      />
      {i.instalments.length > 0 && (
        <>
          <h2>Instalments</h2>
          <DataTable
            rows={i.instalments.map((x, n) => ({ ...x, id: String(n) }))}
            rowKey={(x) => x.id}
            columns={[
              { label: 'Due', value: (x) => x.dueDate },
              { label: 'Amount', value: (x) => m(x.amount) },
            ]}
          />
        </>
      )}
      <h2>Payments</h2>
      {i.payments.length === 0 ? (
        <p>No payment yet.</p>
      ) : (
        <DataTable
          rows={i.payments}
          rowKey={(p) => p.id}
          columns={[
            { label: 'Receipt', value: (p) => <Link to={receiptPath(i.id, p.id)}>{p.receiptNumber}</Link> },
            { label: 'Paid on', value: (p) => p.paidAt },
            { label: 'Amount', value: (p) => m(p.amount) },
            { label: 'Method', value: (p) => METHOD_LABEL[p.method] ?? p.method },
            { label: 'Reference', value: (p) => p.reference ?? '–' },
            { label: 'Balance after', value: (p) => m(p.balanceAfter) },
          ]}
        />
      )}
    </>
  );
}
