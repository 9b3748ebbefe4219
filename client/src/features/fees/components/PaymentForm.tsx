import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { money } from '../../../lib/format';
import { useSchoolTime } from '../../../lib/school-time';
import { errorBody } from '../../../lib/http';
import { FormActions } from '../../../components/FormActions';
import { fieldErrors, noErrors, type FieldErrors } from '../../../components/field-errors';
import { Field, FormError } from '../../../components/FormErrors';
import { useRecordPayment, type RecordedPayment } from '../api/invoices';
import { METHODS, type Method } from '../receipt-text';
import { inputStep, toInput, toMinor } from '../money-input';

/** Records a payment on an invoice (up to its balance); the amount is typed in the currency and sent in cents. */
export function PaymentForm({
  invoice,
  onDone,
  onCancel,
}: {
  invoice: { id: string; number: string; balance: number; currency: string };
  onDone: (payment: RecordedPayment) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('fees');
  const { today } = useSchoolTime();
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const pay = useRecordPayment(invoice.id);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const reference = String(f.get('reference') ?? '').trim();
    const body = {
      amount: toMinor(f.get('amount'), invoice.currency),
      method: f.get('method') as Method,
      ...(reference ? { reference } : {}),
      ...(f.get('paidAt') && f.get('paidAt') !== today() ? { paidAt: String(f.get('paidAt')) } : {}),
    };
    setErrors(noErrors);
    pay.mutate(body, {
      onSuccess: onDone,
      onError: (err) => {
        const b = errorBody(err);
        const balance = (b?.details as { balance?: number } | undefined)?.balance;
        // Someone else was paid meanwhile: say what is left, in money, at the amount.
        if (b?.error === 'OVERPAYMENT' && typeof balance === 'number') {
          const message = t('payment.onlyOwed', { amount: money(balance, invoice.currency) });
          setErrors({ form: message, fields: { amount: message } });
        } else setErrors(fieldErrors(err));
      },
    });
  };
  return (
    <form className="card-item no-print" onSubmit={submit} aria-label={t('payment.form')}>
      <h2>{t('payment.title', { number: invoice.number, balance: money(invoice.balance, invoice.currency) })}</h2>
      <Field label={t('payment.amount', { currency: invoice.currency })} name="amount" errors={errors}>
        <input
          name="amount"
          type="number"
          step={inputStep(invoice.currency)}
          min={inputStep(invoice.currency)}
          max={toInput(invoice.balance, invoice.currency)}
          defaultValue={toInput(invoice.balance, invoice.currency)}
          required
        />
      </Field>
      <Field label={t('payment.method')} name="method" errors={errors}>
        <select name="method" defaultValue="cash">
          {METHODS.map((value) => (
            <option key={value} value={value}>
              {t(`method.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('payment.reference')} name="reference" errors={errors}>
        <input name="reference" maxLength={80} />
      </Field>
      <Field label={t('payment.paidOn')} name="paidAt" errors={errors}>
        <input name="paidAt" type="date" defaultValue={today()} max={today()} />
      </Field>
      <FormError errors={errors} />
      <FormActions submit={pay.isPending ? t('payment.recording') : t('payment.submit')} disabled={pay.isPending} onCancel={onCancel} />
    </form>
  );
}
