import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { money } from '../../lib/format';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import { AsyncState } from '../../components/AsyncState';
import { DataTable, type Column } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { useInvoices, useOverdue, type InvoiceRow } from './api/invoices';
import { useClassOptions } from './api/class-options';
import { exportParams, hasFilters, STATUSES, useInvoiceFilters } from './invoice-filters';
import { statusLabel } from './status';
import './fees.css';

export const invoicePath = (id: string) => paths.feeInvoice.replace(':id', id);

const columns: Column<InvoiceRow>[] = [
  { label: 'Invoice', sort: 'number', value: (i) => <Link to={invoicePath(i.id)}>{i.number}</Link> },
  {
    label: 'Student',
    value: (i) =>
      i.student ? (
        <>
          {i.student.name} <span className="muted">{i.student.admissionNumber}</span>
        </>
      ) : (
        '–'
      ),
  },
  { label: 'Class', value: (i) => [i.student?.className, i.student?.sectionName].filter(Boolean).join(' ') || '–' },
  { label: 'Family', value: (i) => i.family || '–' },
  { label: 'Due', sort: 'dueDate', value: (i) => i.dueDate },
  { label: 'Total', sort: 'total', value: (i) => money(i.total, i.currency) },
  { label: 'Balance', sort: 'balance', value: (i) => money(i.balance, i.currency) },
  { label: 'Overdue', value: (i) => (i.overdue > 0 ? money(i.overdue, i.currency) : '–') },
  {
    label: 'Status',
    value: (i) => <span className={`fee-status fee-status-${i.overdue > 0 ? 'overdue' : i.status}`}>{statusLabel(i)}</span>,
  },
];

/** The office's fee work queue: every invoice with its student and family, searchable and filtered by the address. */
export function FeesPage() {
  const { filters, set } = useInvoiceFilters();
  const invoices = useInvoices(filters);
  const overdue = useOverdue();
  const classes = useClassOptions();
  const sections = classes.data?.find((c) => c.id === filters.classId)?.sections ?? [];
  const filtered = hasFilters(filters);
  return (
    <section className="fees-page">
      <h1>Fees</h1>
      {overdue.data && (
        <p className="card-item">
          Overdue today: <strong>{money(overdue.data.totalOverdue, overdue.data.currency)}</strong> on {overdue.data.invoices.length}{' '}
          invoices. <Link to={paths.feeDefaulters}>Defaulters list</Link>
        </p>
      )}
      <SearchBox key={filters.search ?? ''} value={filters.search ?? ''} onSearch={(search) => set({ search })} />
      <div className="row fee-filters no-print">
        <label>
          Class
          <select value={filters.classId ?? ''} onChange={(e) => set({ classId: e.target.value, sectionId: '' })}>
            <option value="">All classes</option>
            {classes.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Section
          <select value={filters.sectionId ?? ''} onChange={(e) => set({ sectionId: e.target.value })} disabled={!sections.length}>
            <option value="">All sections</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={filters.status ?? ''} onChange={(e) => set({ status: e.target.value })}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due from
          <input type="date" value={filters.dueFrom ?? ''} onChange={(e) => set({ dueFrom: e.target.value })} />
        </label>
        <label>
          Due to
          <input type="date" value={filters.dueTo ?? ''} onChange={(e) => set({ dueTo: e.target.value })} />
        </label>
        {filtered && (
          <Link to={paths.fees} className="fee-clear">
            Clear filters
          </Link>
        )}
      </div>
      <div className="row no-print">
        <ExportButton endpoint="/fees/invoices/export.csv" params={exportParams(filters)} filename="invoices.csv" />
        <PrintButton />
      </div>
      <AsyncState
        loading={invoices.isPending}
        error={invoices.isError ? errorMessage(invoices.error) : null}
        onRetry={() => void invoices.refetch()}
        empty={invoices.data?.total === 0}
        emptyHint={
          filtered
            ? { text: 'No invoice matches these filters.', action: { to: paths.fees, label: 'Clear filters' } }
            : {
                text: 'No invoices yet. Invoice a fee structure to its grade first.',
                action: { to: paths.feeSetup, label: 'Go to fee setup' },
              }
        }
      >
        {invoices.data && (
          <>
            <DataTable
              columns={columns}
              rows={invoices.data.data}
              rowKey={(i) => i.id}
              sort={filters.sort ?? 'dueDate'}
              onSort={(sort) => set({ sort })}
            />
            <Pager
              page={invoices.data.page}
              totalPages={invoices.data.totalPages}
              total={invoices.data.total}
              noun="invoices"
              onPage={(page) => set({ page: String(page) })}
            />
          </>
        )}
      </AsyncState>
    </section>
  );
}

/** Search by name, admission number or invoice number; applied on Enter or the button, not on every key. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (term: string) => void }) {
  const [term, setTerm] = useState(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(term.trim());
  };
  return (
    <form role="search" className="row no-print" onSubmit={submit}>
      <label>
        Search invoices
        <input
          type="search"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          placeholder="Student or family name, admission or invoice number"
          maxLength={100}
        />
      </label>
      <button type="submit">Search</button>
    </form>
  );
}
