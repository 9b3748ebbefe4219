import { useState, type FormEvent } from 'react';
import { money } from '../../lib/format';
import { PagedTable } from '../../components/DataTable';
import { FormActions } from '../../components/FormActions';
import { Link } from 'react-router-dom';
import { api, getPage } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';

interface Invoice {
  id: string;
  number: string;
  studentId: string;
  currency: string;
  total: number;
  paid: number;
  balance: number;
  status: string;
  dueDate: string;
}
interface Overdue {
  currency: string;
  totalOverdue: number;
  invoices: { invoice: Invoice; overdue: number }[];
}

const METHODS = ['cash', 'card', 'bank_transfer', 'mobile_money', 'cheque', 'other'];

/** Invoices with their balances, recording a payment (with its receipt number), and what is overdue. */
export function FeesPage() {
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [paying, setPaying] = useState<Invoice | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);
  const invoices = useApi(() => getPage<Invoice>('/fees/invoices', { page, limit: 20, status }), [status, page]);
  const overdue = useApi(async () => (await api.get<Overdue>('/fees/overdue')).data, []);
  return (
    <section>
      <h1>Fees</h1>
      <AsyncState loading={overdue.loading} error={overdue.error}>
        {overdue.data && (
          <p className="card-item">
            Overdue today: <strong>{money(overdue.data.totalOverdue, overdue.data.currency)}</strong> on {overdue.data.invoices.length}{' '}
            invoices.
          </p>
        )}
      </AsyncState>
      {paying && (
        <PaymentForm
          invoice={paying}
          onDone={(r) => {
            setPaying(null);
            setReceipt(r);
            invoices.reload();
            overdue.reload();
          }}
          onCancel={() => setPaying(null)}
        />
      )}
      {receipt && <p role="status">Payment recorded: receipt {receipt}.</p>}
      <div className="row">
        <label>
          Status
          <select value={status} onChange={(e) => (setStatus(e.target.value), setPage(1))}>
            <option value="">Any</option>
            {['open', 'partially_paid', 'paid', 'void'].map((s) => (
              <option key={s} value={s}>
                {s.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PagedTable
        list={invoices}
        noun="invoices"
        onPage={setPage}
        columns={[
          { label: 'Invoice', value: (i) => <Link to={`/students/${i.studentId}`}>{i.number}</Link> },
          { label: 'Due', value: (i) => i.dueDate },
          { label: 'Total', value: (i) => money(i.total, i.currency) },
          { label: 'Paid', value: (i) => money(i.paid, i.currency) },
          { label: 'Balance', value: (i) => money(i.balance, i.currency) },
          { label: 'Status', value: (i) => i.status.replace('_', ' ') },
          {
            label: 'Actions',
            value: (i) =>
              i.balance > 0 &&
              i.status !== 'void' && (
                <button type="button" className="link" onClick={() => (setReceipt(null), setPaying(i))}>
                  Record payment
                </button>
              ),
          },
        ]}
      />
    </section>
  );
}

function PaymentForm({ invoice, onDone, onCancel }: { invoice: Invoice; onDone: (receipt: string) => void; onCancel: () => void }) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const amount = Math.round(Number(f.get('amount')) * 100);
    try {
      const res = await api.post<{ receiptNumber: string }>(`/fees/invoices/${invoice.id}/payments`, {
        amount,
        method: f.get('method'),
        ...(f.get('reference') ? { reference: f.get('reference') } : {}),
      });
      onDone(res.data.receiptNumber);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label="Record payment">
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
      <label>
        Method
        <select name="method" defaultValue="cash">
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {m.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Reference <input name="reference" maxLength={80} />
      </label>
      <FormError errors={errors} />
      <FormActions submit="Record payment" onCancel={onCancel} />
    </form>
  );
}
