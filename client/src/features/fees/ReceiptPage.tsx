import { Link, useParams } from 'react-router-dom';
import { money } from '../../lib/format';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import { AsyncState } from '../../components/AsyncState';
import { Notice } from '../../components/Notice';
import { PrintButton } from '../../components/ExportButton';
import { useInvoice, type InvoiceDetail, type ReceiptPayment } from './api/invoices';
import { amountInWords } from './amount-in-words';
import { METHOD_LABEL } from './receipt-text';
import './fees.css';

/** A payment's receipt as printed for the family: the school, the receipt number, the amount in figures and words. */
export function ReceiptPage() {
  const { id = '', paymentId = '' } = useParams();
  const invoice = useInvoice(id);
  const payment = invoice.data?.payments.find((p) => p.id === paymentId);
  return (
    <section>
      <p className="no-print">
        <Link to={paths.feeInvoice.replace(':id', id)}>← Invoice</Link>
      </p>
      <AsyncState
        loading={invoice.isPending}
        error={invoice.isError ? errorMessage(invoice.error, 'Could not load the receipt') : null}
        onRetry={() => void invoice.refetch()}
      >
        {invoice.data &&
          (payment ? (
            <>
              <div className="row no-print">
                <PrintButton label="Print receipt" />
              </div>
              <Receipt invoice={invoice.data} payment={payment} />
            </>
          ) : (
            <Notice title="Receipt not found" text="This invoice has no payment with that receipt." />
          ))}
      </AsyncState>
    </section>
  );
}

export function Receipt({ invoice: i, payment: p }: { invoice: InvoiceDetail; payment: ReceiptPayment }) {
  const m = (cents: number) => money(cents, i.currency);
  return (
    <article className="receipt" aria-labelledby="receipt-title">
      <header>
        {i.school.logo && <img src={i.school.logo} alt={`${i.school.name} logo`} />}
        <div>
          <p className="receipt-school">
            <strong>{i.school.name}</strong>
          </p>
          {i.school.address && <p>{i.school.address}</p>}
        </div>
      </header>
      <h1 id="receipt-title">Receipt {p.receiptNumber}</h1>
      <dl>
        <dt>Date</dt>
        <dd>{p.paidAt}</dd>
        <dt>Received from</dt>
        <dd>
          {i.guardians.length ? `${i.guardians.map((g) => g.name).join(', ')}, for ` : ''}
          {i.student ? `${i.student.name} (${i.student.admissionNumber})` : 'a former student'}
          {i.student?.className ? `, ${[i.student.className, i.student.sectionName].filter(Boolean).join(' ')}` : ''}
        </dd>
        <dt>Invoice</dt>
        <dd>
          {i.number} ({i.lines.map((l) => l.description).join(', ')})
        </dd>
        <dt>Amount</dt>
        <dd className="amount">{m(p.amount)}</dd>
        <dt>In words</dt>
        <dd>{amountInWords(p.amount, i.currency)}</dd>
        <dt>Method</dt>
        <dd>
          {METHOD_LABEL[p.method] ?? p.method}
          {p.reference ? `, reference ${p.reference}` : ''}
        </dd>
        <dt>Balance after this payment</dt>
        <dd>{m(p.balanceAfter)}</dd>
      </dl>
      <p className="signature">Received by (signature and stamp)</p>
    </article>
  );
}
