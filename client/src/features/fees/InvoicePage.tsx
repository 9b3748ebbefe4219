import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { dayLabel, money } from '../../lib/format';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import type { SessionUser } from '../../lib/session';
import { AsyncState } from '../../components/AsyncState';
import { DataTable } from '../../components/DataTable';
import { PrintButton } from '../../components/ExportButton';
import { useInvoice, type InvoiceDetail, type RecordedPayment } from './api/invoices';
import { PaymentForm } from './components/PaymentForm';
import { statusLabel } from './status';
import { methodLabel } from './receipt-text';
import { isolate } from './bidi';
import './fees.css';

export const receiptPath = (invoiceId: string, paymentId: string) =>
  paths.feeReceipt.replace(':id', invoiceId).replace(':paymentId', paymentId);

/** One invoice: what it is for, what was taken off or added, every payment with its receipt, and what is left. */
export function InvoicePage({ role }: { role: SessionUser['role'] }) {
  const { t } = useTranslation('fees');
  const { id = '' } = useParams();
  const invoice = useInvoice(id);
  return (
    <section className="fees-page">
      <AsyncState
        loading={invoice.isPending}
        error={invoice.isError ? errorMessage(invoice.error, t('invoice.loadError')) : null}
        onRetry={() => void invoice.refetch()}
      >
        {invoice.data && <InvoiceView invoice={invoice.data} office={role === 'admin' || role === 'staff'} />}
      </AsyncState>
    </section>
  );
}

function InvoiceView({ invoice: i, office }: { invoice: InvoiceDetail; office: boolean }) {
  const { t } = useTranslation('fees');
  const day = (d: string) => dayLabel(d, { year: true, weekday: false });
  const [paying, setPaying] = useState(false);
  const [recorded, setRecorded] = useState<RecordedPayment | null>(null);
  const m = (cents: number) => money(cents, i.currency);
  const lines = [
    ...i.lines.map((l) => ({ kind: t('invoice.kind.fee'), text: l.description, amount: m(l.amount) })),
    ...i.discounts.map((l) => ({
      kind: t('invoice.kind.discount'),
      text: l.description,
      amount: t('invoice.minus', { amount: m(l.amount) }),
    })),
    ...i.fines.map((f) => ({
      kind: t('invoice.kind.fine'),
      text: t('invoice.fineText', { description: f.description, date: day(f.date) }),
      amount: m(f.amount),
    })),
    ...i.waivers.map((w) => ({ kind: t('invoice.kind.waiver'), text: w.reason, amount: t('invoice.minus', { amount: m(w.amount) }) })),
  ].map((l, n) => ({ ...l, id: String(n) }));
  const canPay = office && i.balance > 0 && i.status !== 'void';
  return (
    <>
      <p className="no-print">
        <Link to={paths.fees}>{t('backToInvoices')}</Link>
      </p>
      <h1>{t('invoice.title', { number: i.number })}</h1>
      <p>
        {i.student ? (
          <>
            <Link to={`${paths.students}/${i.student.id}`}>{i.student.name}</Link> ({i.student.admissionNumber}
            {i.student.className ? `, ${[i.student.className, i.student.sectionName].filter(Boolean).join(' ')}` : ''})
          </>
        ) : (
          t('invoice.studentRemoved')
        )}
        {i.guardians.length > 0 && (
          <>
            {' · '}
            {t('invoice.family', {
              guardians: isolate(i.guardians.map((g) => [g.name, g.phone, g.email].filter(Boolean).join(', ')).join('; ')),
            })}
          </>
        )}
      </p>
      <dl className="invoice-figures">
        <div>
          <dt>{t('invoice.status')}</dt>
          <dd>{statusLabel(i, t)}</dd>
        </div>
        <div>
          <dt>{t('invoice.due')}</dt>
          <dd>{day(i.dueDate)}</dd>
        </div>
        <div>
          <dt>{t('invoice.total')}</dt>
          <dd>{m(i.total)}</dd>
        </div>
        <div>
          <dt>{t('invoice.paid')}</dt>
          <dd>{m(i.paid)}</dd>
        </div>
        <div>
          <dt>{t('invoice.balance')}</dt>
          <dd>{m(i.balance)}</dd>
        </div>
        <div>
          <dt>{t('invoice.overdueToday')}</dt>
          <dd>{i.overdue > 0 ? m(i.overdue) : '–'}</dd>
        </div>
      </dl>
      {recorded && (
        <p role="status" className="card-item">
          {t('invoice.recorded', { amount: m(recorded.amount), receipt: isolate(recorded.receiptNumber) })}{' '}
          <Link to={receiptPath(i.id, recorded.id)}>{t('invoice.printReceipt')}</Link>
        </p>
      )}
      <div className="row no-print">
        {canPay && !paying && (
          <button type="button" onClick={() => (setRecorded(null), setPaying(true))}>
            {t('invoice.recordPayment')}
          </button>
        )}
        <PrintButton label={t('invoice.print')} />
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
      <h2>{t('invoice.lines')}</h2>
      <DataTable
        rows={lines}
        rowKey={(l) => l.id}
        columns={[
          { label: t('invoice.columns.kind'), value: (l) => l.kind },
          { label: t('invoice.columns.description'), value: (l) => l.text },
          { label: t('invoice.columns.amount'), value: (l) => l.amount },
        ]}
      />
      {i.instalments.length > 0 && (
        <>
          <h2>{t('invoice.instalments')}</h2>
          <DataTable
            rows={i.instalments.map((x, n) => ({ ...x, id: String(n) }))}
            rowKey={(x) => x.id}
            columns={[
              { label: t('invoice.columns.due'), value: (x) => day(x.dueDate) },
              { label: t('invoice.columns.amount'), value: (x) => m(x.amount) },
            ]}
          />
        </>
      )}
      <h2>{t('invoice.payments')}</h2>
      {i.payments.length === 0 ? (
        <p>{t('invoice.noPayment')}</p>
      ) : (
        <DataTable
          rows={i.payments}
          rowKey={(p) => p.id}
          columns={[
            { label: t('invoice.columns.receipt'), value: (p) => <Link to={receiptPath(i.id, p.id)}>{p.receiptNumber}</Link> },
            { label: t('invoice.columns.paidOn'), value: (p) => day(p.paidAt) },
            { label: t('invoice.columns.amount'), value: (p) => m(p.amount) },
            { label: t('invoice.columns.method'), value: (p) => methodLabel(p.method, t) },
            { label: t('invoice.columns.reference'), value: (p) => p.reference ?? '–' },
            { label: t('invoice.columns.balanceAfter'), value: (p) => m(p.balanceAfter) },
          ]}
        />
      )}
    </>
  );
}
