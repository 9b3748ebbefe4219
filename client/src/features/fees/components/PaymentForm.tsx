import { useState, type FormEvent } from 'react';
import { money } from '../../../lib/format';
import { useSchoolTime } from '../../../lib/school-time';
import { errorBody } from '../../../lib/http';
import { FormActions } from '../../../components/FormActions';
import { fieldErrors, noErrors, type FieldErrors } from '../../../components/field-errors';
import { Field, FormError } from '../../../components/FormErrors';
import { useRecordPayment, type RecordedPayment } from '../api/invoices';

const METHODS = [
  ['cash', 'Cash'],
  ['card', 'Card'],
  ['bank_transfer', 'Bank transfer'],
  ['mobile_money', 'Mobile money'],
  ['cheque', 'Cheque'],
  ['other', 'Other'],
] as const;

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
  const { today } = useSchoolTime();
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const pay = useRecordPayment(invoice.id);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const reference = String(f.get('reference') ?? '').trim();
    const body = {
      amount: Math.round(Number(f.get('amount')) * 100),
      method: f.get('method') as (typeof METHODS)[number][0],
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
          const message = `Only ${money(balance, invoice.currency)} is still owed`;
          setErrors({ form: message, fields: { amount: message } });
        } else setErrors(fieldErrors(err));
      },
    });
  };
  return (
    <form className="card-item no-print" onSubmit={submit} aria-label="Record payment">
      <h2>
        Payment on {invoice.number} (balance {money(invoice.balance, invoice.currency)})
      </h2>
      <Field label={`Amount (${invoice.currency})`} name="amount" errors={errors}>
        <input
          name="amount"
          type="number"
          step="0.01"
          min="0.01"
          max={invoice.balance / 100}
          defaultValue={(invoice.balance / 100).toFixed(2)}
          required
        />
      </Field>
      <Field label="Method" name="method" errors={errors}>
        <select name="method" defaultValue="cash">
          {METHODS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Reference (optional)" name="reference" errors={errors}>
        <input name="reference" maxLength={80} />
      </Field>
      <Field label="Paid on" name="paidAt" errors={errors}>
        <input name="paidAt" type="date" defaultValue={today()} max={today()} />
      </Field>
      <FormError errors={errors} />
      <FormActions submit={pay.isPending ? 'Recording…' : 'Record payment'} disabled={pay.isPending} onCancel={onCancel} />
    </form>
  );
}
