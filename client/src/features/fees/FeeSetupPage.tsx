import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dayLabel, money, number } from '../../lib/format';
import { errorBody } from '../../lib/http';
import { errorMessage } from '../../lib/query';
import { AsyncState } from '../../components/AsyncState';
import { PagedTable } from '../../components/DataTable';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FieldError, FormError } from '../../components/FormErrors';
import { StudentPicker, type PickedStudent } from './StudentPicker';
import { inputStep, parseAmount, toMinor } from './money-input';
import { currentLocale } from '../../i18n';
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
  type SetupOptions,
  type Structure,
} from './api/setup';

const BASES = ['sibling', 'staff_child', 'scholarship', 'other'] as const;
type Basis = (typeof BASES)[number];
const TARGETS = ['grade', 'class', 'students'] as const;
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 2 };
const isBasis = (b: string): b is Basis => (BASES as readonly string[]).includes(b);

/** What each grade pays per term, invoicing it, and the discounts the school gives. */
export function FeeSetupPage() {
  const { t } = useTranslation('fees');
  const setup = useFeeSetup();
  return (
    <section>
      <h1>{t('setup.title')}</h1>
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
  const { t } = useTranslation('fees');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [invoicing, setInvoicing] = useState<Structure | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = useStructures(page);
  const del = useDeleteStructure();
  const name = (l: { value: string; label: string }[], v: string | null) => l.find((o) => o.value === v)?.label ?? '—';
  const remove = async (s: Structure) => {
    if (!window.confirm(t('setup.confirmDelete', { name: s.name }))) return;
    try {
      await del.mutateAsync(s.id);
    } catch (err) {
      window.alert(errorBody(err)?.message ?? t('setup.deleteFailed'));
    }
  };
  return (
    <section aria-labelledby="structures">
      <header className="row">
        <h2 id="structures">{t('setup.structures')}</h2>
        <button type="button" onClick={() => (setCreating(true), setMessage(null))}>
          {t('setup.newStructure')}
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
        noun={t('setup.structuresNoun')}
        onPage={setPage}
        columns={[
          { label: t('setup.columns.name'), value: (s) => s.name },
          { label: t('setup.columns.term'), value: (s) => name(options.terms, s.termId) },
          { label: t('setup.columns.grade'), value: (s) => name(options.grades, s.gradeLevelId) },
          {
            label: t('setup.columns.items'),
            value: (s) => s.items.map((i) => t('setup.item', { name: i.name, amount: money(i.amount, currency) })).join(', '),
          },
          { label: t('setup.columns.total'), value: (s) => money(s.total, currency) },
          {
            label: t('setup.columns.due'),
            value: (s) => {
              const date = dayLabel(s.dueDate, { year: true, weekday: false });
              return s.instalments.length > 0 ? t('setup.instalments', { date, count: s.instalments.length }) : date;
            },
          },
          {
            label: t('setup.columns.actions'),
            value: (s) => (
              <>
                <button type="button" className="link" onClick={() => (setInvoicing(s), setMessage(null))}>
                  {t('setup.invoiceAction')}
                </button>{' '}
                <button type="button" className="link" onClick={() => void remove(s)}>
                  {t('setup.deleteAction')}
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
  const { t } = useTranslation('fees');
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
        return { name: l.slice(0, at).trim(), amount: toMinor(String(parseAmount(l.slice(at + 1), currentLocale())), currency) };
      });
    if (items.some((i) => !i.name || !Number.isFinite(i.amount) || i.amount <= 0)) {
      setErrors({ form: null, fields: { items: t('setup.itemsInvalid') } });
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
        ...(fine ? { lateFine: { amount: toMinor(fine, currency), graceDays: Number(f.get('graceDays') || 0) } } : {}),
      });
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  const select = (name: string, label: string, list: { value: string; label: string }[]) => (
    <Field label={label} name={name} errors={errors}>
      <select name={name} required>
        <Options list={list} placeholder={t('setup.choose')} />
      </select>
    </Field>
  );
  const termSelect = select('termId', t('setup.term'), options.terms);
  const gradeSelect = select('gradeLevelId', t('setup.grade'), options.grades);
  return (
    <form className="card-item" onSubmit={submit} aria-label={t('setup.structureForm')} noValidate>
      <Field label={t('setup.name')} name="name" errors={errors}>
        <input name="name" required placeholder={t('setup.namePlaceholder')} />
      </Field>
      {termSelect}
      {gradeSelect}
      <Field label={t('setup.items', { currency })} name="items" errors={errors}>
        <textarea name="items" rows={3} placeholder={t('setup.itemsPlaceholder')} />
      </Field>
      <Field label={t('setup.dueDate')} name="dueDate" errors={errors}>
        <input name="dueDate" type="date" required />
      </Field>
      <div className="row">
        <label>
          {t('setup.lateFine', { currency })} <input name="fine" type="number" min="0" step={inputStep(currency)} />
        </label>
        <label>
          {t('setup.graceDays')} <input name="graceDays" type="number" min="0" defaultValue="7" />
        </label>
      </div>
      <FieldError errors={errors} name="lateFine" />
      <FormError errors={errors} />
      <FormActions submit={t('setup.saveStructure')} onCancel={onCancel} />
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
  const { t } = useTranslation('fees');
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
      onDone(
        t('setup.generated', {
          name: structure.name,
          created: t('setup.created', { count: res.created }),
          existing: t('setup.existing', { count: res.existing }),
        }),
      );
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label={t('setup.invoiceForm', { name: structure.name })}>
      <h3>{t('setup.invoiceForm', { name: structure.name })}</h3>
      <fieldset>
        <legend>{t('setup.to')}</legend>
        {TARGETS.map((v) => (
          <label key={v} className="inline">
            <input type="radio" name="to" checked={to === v} onChange={() => setTo(v)} /> {t(`setup.target.${v}`)}
          </label>
        ))}
      </fieldset>
      {to === 'class' && (
        <label>
          {t('setup.class')}
          <select name="classId" required>
            <Options list={options.classes} />
          </select>
          <FieldError errors={errors} name="classId" />
        </label>
      )}
      {to === 'students' && <StudentPicker label={t('setup.students')} value={students} onChange={setStudents} />}
      <p className="muted">{t('setup.notTwice')}</p>
      <FormError errors={errors} />
      <FormActions submit={t('setup.createInvoices')} onCancel={onCancel} />
    </form>
  );
}

function Discounts({ currency }: { currency: string }) {
  const { t } = useTranslation('fees');
  const [editing, setEditing] = useState(false);
  const [page, setPage] = useState(1);
  const list = useDiscounts(page);
  const change = useToggleDiscount();
  const toggle = async (d: Discount) => {
    try {
      await change.mutateAsync({ id: d.id, active: !d.active });
    } catch (err) {
      window.alert(errorBody(err)?.message ?? t('setup.toggleFailed'));
    }
  };
  return (
    <section aria-labelledby="discounts">
      <header className="row">
        <h2 id="discounts">{t('setup.discounts')}</h2>
        <button type="button" onClick={() => setEditing(true)}>
          {t('setup.newDiscount')}
        </button>
      </header>
      <p className="muted">{t('setup.discountsHint')}</p>
      {editing && <DiscountForm currency={currency} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />}
      <PagedTable
        list={asList(list)}
        noun={t('setup.discountsNoun')}
        onPage={setPage}
        columns={[
          { label: t('setup.columns.name'), value: (d) => d.name },
          { label: t('setup.columns.basis'), value: (d) => (isBasis(d.basis) ? t(`setup.bases.${d.basis}`) : d.basis) },
          {
            label: t('setup.columns.value'),
            value: (d) => (d.type === 'percentage' ? number(d.value / 100, PERCENT) : money(d.value, currency)),
          },
          {
            label: t('setup.columns.students'),
            value: (d) => (d.basis === 'sibling' ? t('setup.youngerSiblings') : number(d.studentIds.length)),
          },
          {
            label: t('setup.columns.active'),
            value: (d) => (
              <button
                type="button"
                className="link"
                onClick={() => void toggle(d)}
                aria-label={d.active ? t('setup.deactivate', { name: d.name }) : t('setup.activate', { name: d.name })}
              >
                {d.active ? t('setup.yes') : t('setup.no')}
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
  const { t } = useTranslation('fees');
  const [basis, setBasis] = useState<Basis>('sibling');
  const [type, setType] = useState<'percentage' | 'fixed'>('percentage');
  const [students, setStudents] = useState<PickedStudent[]>([]);
  const create = useCreateDiscount();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const value = type === 'fixed' ? toMinor(f.get('value'), currency) : Number(f.get('value'));
    try {
      await create.mutateAsync({
        name: String(f.get('name') ?? ''),
        basis,
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
    <form className="card-item" onSubmit={submit} aria-label={t('setup.discountForm')} noValidate>
      <Field label={t('setup.name')} name="name" errors={errors}>
        <input name="name" required />
      </Field>
      <div className="row">
        <label>
          {t('setup.basis')}
          <select value={basis} onChange={(e) => setBasis(e.target.value as Basis)}>
            {BASES.map((b) => (
              <option key={b} value={b}>
                {t(`setup.bases.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('setup.type')}
          <select value={type} onChange={(e) => setType(e.target.value as 'percentage' | 'fixed')}>
            <option value="percentage">{t('setup.types.percentage')}</option>
            <option value="fixed">{t('setup.types.fixed')}</option>
          </select>
        </label>
        <Field label={type === 'percentage' ? t('setup.percentLabel') : t('setup.amountLabel', { currency })} name="value" errors={errors}>
          <input name="value" type="number" min="0" step={type === 'percentage' ? '1' : inputStep(currency)} required />
        </Field>
      </div>
      {basis !== 'sibling' && <StudentPicker label={t('setup.getsIt')} value={students} onChange={setStudents} />}
      <FormError errors={errors} />
      <FormActions submit={t('setup.saveDiscount')} onCancel={onCancel} />
    </form>
  );
}
