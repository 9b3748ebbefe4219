import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { dayLabel, money } from '../../lib/format';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import { AsyncState } from '../../components/AsyncState';
import { Notice } from '../../components/Notice';
import { PrintButton } from '../../components/ExportButton';
import { useInvoice, type InvoiceDetail, type ReceiptPayment } from './api/invoices';
import { amountInWords } from './amount-in-words';
import { methodLabel } from './receipt-text';
import { isolate } from './bidi';
import './fees.css';

/** A payment's receipt as printed for the family: the school, the receipt number, the amount in figures and words. */
export function ReceiptPage() {
  const { t } = useTranslation('fees');
  const { id = '', paymentId = '' } = useParams();
  const invoice = useInvoice(id);
  const payment = invoice.data?.payments.find((p) => p.id === paymentId);
  return (
    <section>
      <p className="no-print">
        <Link to={paths.feeInvoice.replace(':id', id)}>{t('receipt.backToInvoice')}</Link>
      </p>
      <AsyncState
        loading={invoice.isPending}
        error={invoice.isError ? errorMessage(invoice.error, t('receipt.loadError')) : null}
        onRetry={() => void invoice.refetch()}
      >
        {invoice.data &&
          (payment ? (
            <>
              <div className="row no-print">
                <PrintButton label={t('receipt.print')} />
              </div>
              <Receipt invoice={invoice.data} payment={payment} />
            </>
          ) : (
            <Notice title={t('receipt.notFound')} text={t('receipt.notFoundText')} />
          ))}
      </AsyncState>
    </section>
  );
}

export function Receipt({ invoice: i, payment: p }: { invoice: InvoiceDetail; payment: ReceiptPayment }) {
  const { t } = useTranslation('fees');
  const student = i.student
    ? t('receipt.studentWithNumber', { name: isolate(i.student.name), admissionNumber: isolate(i.student.admissionNumber) })
    : t('receipt.formerStudent');
  const className = [i.student?.className, i.student?.sectionName].filter(Boolean).join(' ');
  const pupil = className ? t('receipt.studentInClass', { student, className: isolate(className) }) : student;
  const m = (cents: number) => money(cents, i.currency);
  return (
    <article className="receipt" aria-labelledby="receipt-title">
      <header>
        {i.school.logo && <img src={i.school.logo} alt={t('receipt.logo', { school: i.school.name })} />}
        <div>
          <p className="receipt-school">
            <strong>{i.school.name}</strong>
          </p>
          {i.school.address && <p>{i.school.address}</p>}
        </div>
      </header>
      <h1 id="receipt-title">{t('receipt.title', { number: p.receiptNumber })}</h1>
      <dl>
        <dt>{t('receipt.date')}</dt>
        <dd>{dayLabel(p.paidAt, { year: true, weekday: false })}</dd>
        <dt>{t('receipt.receivedFrom')}</dt>
        <dd>
          {i.guardians.length
            ? t('receipt.fromFamily', { guardians: isolate(i.guardians.map((g) => g.name).join(', ')), student: pupil })
            : pupil}
        </dd>
        <dt>{t('receipt.invoice')}</dt>
        <dd>{t('receipt.invoiceLines', { number: isolate(i.number), lines: isolate(i.lines.map((l) => l.description).join(', ')) })}</dd>
        <dt>{t('receipt.amount')}</dt>
        <dd className="amount">{m(p.amount)}</dd>
        <dt>{t('receipt.inWords')}</dt>
        <dd>{amountInWords(p.amount, i.currency)}</dd>
        <dt>{t('receipt.method')}</dt>
        <dd>
          {p.reference
            ? t('receipt.methodWithReference', { method: methodLabel(p.method, t), reference: isolate(p.reference) })
            : methodLabel(p.method, t)}
        </dd>
        <dt>{t('receipt.balanceAfter')}</dt>
        <dd>{m(p.balanceAfter)}</dd>
      </dl>
      <p className="signature">{t('receipt.signature')}</p>
    </article>
  );
}
