import { useState, type FormEvent } from 'react';
import { money } from '../../lib/format';
import { errorBody } from '../../lib/http';
import { errorMessage } from '../../lib/query';
import { AsyncState } from '../../components/AsyncState';
import { PagedTable } from '../../components/DataTable';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FieldError, FormError } from '../../components/FormErrors';
import { StudentPicker, type PickedStudent } from './StudentPicker';
import { FormActions, Options } from '../../components/FormActions';
import {
  asList,
  useCreateDiscount,
  useCreateStructure,
  useDeleteStructure,
  useDiscounts,
  useFeeSetup,
  useGenerateInvoices,
  useStructures,
  useToggleDiscount,
  type Discount,
  type NewDiscount,
  type SetupOptions,
  type Structure,
} from './api/setup';

const cents = (v: FormDataEntryValue | null) => Math.round(Number(v) * 100);
const BASES = ['sibling', 'staff_child', 'scholarship', 'other'];

/** What each grade pays per term, invoicing it, and the discounts the school gives. */
export function FeeSetupPage() {
  const setup = useFeeSetup();
  return (
    <section>
      <h1>Fee setup</h1>
      <AsyncState loading={setup.isPending} error={setup.isError ? errorMessage(setup.error) : null} onRetry={() => void setup.refetch()}>
        {setup.data && (
          <>
            <Structures options={setup.data.options} currency={setup.data.currency} />
            <Discounts currency={setup.data.currency} />
          </>
        )}
      </AsyncState>
    </section>
  );
}

function Structures({ options, currency }: { options: SetupOptions; currency: string }) {
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [invoicing, setInvoicing] = useState<Structure | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = useStructures(page);
  const del = useDeleteStructure();
  const name = (l: { value: string; label: string }[], v: string | null) => l.find((o) => o.value === v)?.label ?? '—';
  const remove = async (s: Structure) => {
    if (!window.confirm(`Delete the structure ${s.name}?`)) return;
    try {
      await del.mutateAsync(s.id);
    } catch (err) {
      window.alert(errorBody(err)?.message ?? 'Could not delete');
    }
  };
  return (
    <section aria-labelledby="structures">
      <header className="row">
        <h2 id="structures">Fee structures</h2>
        <button type="button" onClick={() => (setCreating(true), setMessage(null))}>
          New structure
        </button>
      </header>
      {creating && (
        <StructureForm options={options} currency={currency} onDone={() => setCreating(false)} onCancel={() => setCreating(false)} />
      )}
      {invoicing && (
        <InvoiceForm
          structure={invoicing}
          options={options}
          onDone={(text) => (setInvoicing(null), setMessage(text))}
          onCancel={() => setInvoicing(null)}
        />
      )}
      {message && <p role="status">{message}</p>}
      <PagedTable
        list={asList(list)}
        noun="structures"
        onPage={setPage}
        columns={[
          { label: 'Name', value: (s) => s.name },
          { label: 'Term', value: (s) => name(options.terms, s.termId) },
          { label: 'Grade', value: (s) => name(options.grades, s.gradeLevelId) },
          { label: 'Items', value: (s) => s.items.map((i) => `${i.name} ${money(i.amount, currency)}`).join(', ') },
          { label: 'Total', value: (s) => money(s.total, currency) },
          { label: 'Due', value: (s) => `${s.dueDate}${s.instalments.length > 0 ? ` (${s.instalments.length} instalments)` : ''}` },
          {
            label: 'Actions',
            value: (s) => (
              <>
                <button type="button" className="link" onClick={() => (setInvoicing(s), setMessage(null))}>
                  Invoice
                </button>{' '}
                <button type="button" className="link" onClick={() => void remove(s)}>
                  Delete
                </button>
              </>
            ),
          },
        ]}
      />
    </section>
  );
}

/** Items are typed one per line as "name: amount"; amounts in the school's currency, sent as cents. */
function StructureForm({
  options,
  currency,
  onDone,
  onCancel,
}: {
  options: SetupOptions;
  currency: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const create = useCreateStructure();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const items = String(f.get('items') ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const at = l.lastIndexOf(':');
        return { name: l.slice(0, at).trim(), amount: cents(l.slice(at + 1).trim()) };
      });
    if (items.some((i) => !i.name || !Number.isFinite(i.amount) || i.amount <= 0)) {
      setErrors({ form: null, fields: { items: 'Write each item as "name: amount", e.g. "Tuition: 1200"' } });
      return;
    }
    const fine = String(f.get('fine') ?? '').trim();
    try {
      await create.mutateAsync({
        name: String(f.get('name') ?? ''),
        termId: String(f.get('termId') ?? ''),
        gradeLevelId: String(f.get('gradeLevelId') ?? ''),
        dueDate: String(f.get('dueDate') ?? ''),
        items,
        ...(fine ? { lateFine: { amount: cents(fine), graceDays: Number(f.get('graceDays') || 0) } } : {}),
      });
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  const select = (name: string, label: string, list: { value: string; label: string }[]) => (
    <Field label={label} name={name} errors={errors}>
      <select name={name} required>
        <Options list={list} placeholder="Choose…" />
      </select>
    </Field>
  );
  return (
    <form className="card-item" onSubmit={submit} aria-label="New fee structure" noValidate>
      <Field label="Name" name="name" errors={errors}>
        <input name="name" required placeholder="Term fees" />
      </Field>
      {select('termId', 'Term', options.terms)}
      {select('gradeLevelId', 'Grade', options.grades)}
      <Field label={`Items, one per line (${currency})`} name="items" errors={errors}>
        <textarea name="items" rows={3} placeholder={'Tuition: 1200\nBooks: 80'} />
      </Field>
      <Field label="Due date" name="dueDate" errors={errors}>
        <input name="dueDate" type="date" required />
      </Field>
      <div className="row">
        <label>
          Late fine ({currency}, optional) <input name="fine" type="number" min="0" step="0.01" />
        </label>
        <label>
          after days of grace <input name="graceDays" type="number" min="0" defaultValue="7" />
        </label>
      </div>
      <FieldError errors={errors} name="lateFine" />
      <FormError errors={errors} />
      <FormActions submit="Save structure" onCancel={onCancel} />
    </form>
  );
}

function InvoiceForm({
  structure,
  options,
  onDone,
  onCancel,
}: {
  structure: Structure;
  options: SetupOptions;
  onDone: (m: string) => void;
  onCancel: () => void;
}) {
  const [to, setTo] = useState<'grade' | 'class' | 'students'>('grade');
  const [students, setStudents] = useState<PickedStudent[]>([]);
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const generate = useGenerateInvoices(structure.id);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const classId = String(new FormData(e.currentTarget).get('classId') ?? '');
    try {
      const res = await generate.mutateAsync(
        to === 'class' ? { classId } : to === 'students' ? { studentIds: students.map((s) => s.id) } : {},
      );
      onDone(`${structure.name}: ${res.created} invoices created, ${res.existing} already existed.`);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label={`Invoice ${structure.name}`}>
      <h3>Invoice {structure.name}</h3>
      <fieldset>
        <legend>To</legend>
        {(['grade', 'class', 'students'] as const).map((v) => (
          <label key={v} className="inline">
            <input type="radio" name="to" checked={to === v} onChange={() => setTo(v)} />{' '}
            {v === 'grade' ? 'the whole grade' : v === 'class' ? 'one class' : 'chosen students'}
          </label>
        ))}
      </fieldset>
      {to === 'class' && (
        <label>
          Class
          <select name="classId" required>
            <Options list={options.classes} />
          </select>
          <FieldError errors={errors} name="classId" />
        </label>
      )}
      {to === 'students' && <StudentPicker label="Students" value={students} onChange={setStudents} />}
      <p className="muted">Students who already have this invoice are not invoiced twice.</p>
      <FormError errors={errors} />
      <FormActions submit="Create invoices" onCancel={onCancel} />
    </form>
  );
}

function Discounts({ currency }: { currency: string }) {
  const [editing, setEditing] = useState(false);
  const [page, setPage] = useState(1);
  const list = useDiscounts(page);
  const change = useToggleDiscount();
  const toggle = async (d: Discount) => {
    try {
      await change.mutateAsync({ id: d.id, active: !d.active });
    } catch (err) {
      window.alert(errorBody(err)?.message ?? 'Could not change the discount');
    }
  };
  return (
    <section aria-labelledby="discounts">
      <header className="row">
        <h2 id="discounts">Discounts</h2>
        <button type="button" onClick={() => setEditing(true)}>
          New discount
        </button>
      </header>
      <p className="muted">Discounts apply to invoices created after them.</p>
      {editing && <DiscountForm currency={currency} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />}
      <PagedTable
        list={asList(list)}
        noun="discounts"
        onPage={setPage}
        columns={[
          { label: 'Name', value: (d) => d.name },
          { label: 'Basis', value: (d) => d.basis.replace('_', ' ') },
          { label: 'Value', value: (d) => (d.type === 'percentage' ? `${d.value} %` : money(d.value, currency)) },
          { label: 'Students', value: (d) => (d.basis === 'sibling' ? 'younger siblings' : d.studentIds.length) },
          {
            label: 'Active',
            value: (d) => (
              <button
                type="button"
                className="link"
                onClick={() => void toggle(d)}
                aria-label={`${d.active ? 'Deactivate' : 'Activate'} ${d.name}`}
              >
                {d.active ? 'yes' : 'no'}
              </button>
            ),
          },
        ]}
      />
    </section>
  );
}

function DiscountForm({ currency, onDone, onCancel }: { currency: string; onDone: () => void; onCancel: () => void }) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [basis, setBasis] = useState('sibling');
  const [type, setType] = useState<'percentage' | 'fixed'>('percentage');
  const [students, setStudents] = useState<PickedStudent[]>([]);
  const create = useCreateDiscount();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const value = type === 'fixed' ? cents(f.get('value')) : Number(f.get('value'));
    try {
      await create.mutateAsync({
        name: String(f.get('name') ?? ''),
        basis: basis as NewDiscount['basis'],
        type,
        value,
        ...(basis === 'sibling' ? {} : { studentIds: students.map((s) => s.id) }),
      });
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label="New discount" noValidate>
      <Field label="Name" name="name" errors={errors}>
        <input name="name" required />
      </Field>
      <div className="row">
        <label>
          Basis
          <select value={basis} onChange={(e) => setBasis(e.target.value)}>
            {BASES.map((b) => (
              <option key={b} value={b}>
                {b.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => setType(e.target.value as 'percentage' | 'fixed')}>
            <option value="percentage">percentage</option>
            <option value="fixed">fixed amount</option>
          </select>
        </label>
        <Field label={type === 'percentage' ? 'Percent' : `Amount (${currency})`} name="value" errors={errors}>
          <input name="value" type="number" min="0" step={type === 'percentage' ? '1' : '0.01'} required />
        </Field>
      </div>
      {basis !== 'sibling' && <StudentPicker label="Students who get it" value={students} onChange={setStudents} />}
      <FormError errors={errors} />
      <FormActions submit="Save discount" onCancel={onCancel} />
    </form>
  );
}
