import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { dayLabel, money } from '../../lib/format';
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

const EXPORT_ENDPOINT = '/fees/invoices/export.csv';
const DEFAULT_SORT = 'dueDate';

export const invoicePath = (id: string) => paths.feeInvoice.replace(':id', id);

const columnsIn = (t: TFunction<'fees'>): Column<InvoiceRow>[] => [
  { label: t('list.columns.invoice'), sort: 'number', value: (i) => <Link to={invoicePath(i.id)}>{i.number}</Link> },
  {
    label: t('list.columns.student'),
    value: (i) =>
      i.student ? (
        <>
          <bdi>{i.student.name}</bdi> <bdi className="muted code">{i.student.admissionNumber}</bdi>
        </>
      ) : (
        '–'
      ),
  },
  { label: t('list.columns.class'), value: (i) => [i.student?.className, i.student?.sectionName].filter(Boolean).join(' ') || '–' },
  { label: t('list.columns.family'), value: (i) => i.family || '–' },
  { label: t('list.columns.due'), sort: 'dueDate', value: (i) => dayLabel(i.dueDate, { year: true, weekday: false }) },
  { label: t('list.columns.total'), sort: 'total', value: (i) => money(i.total, i.currency) },
  { label: t('list.columns.balance'), sort: 'balance', value: (i) => money(i.balance, i.currency) },
  { label: t('list.columns.overdue'), value: (i) => (i.overdue > 0 ? money(i.overdue, i.currency) : '–') },
  {
    label: t('list.columns.status'),
    value: (i) => <span className={`fee-status fee-status-${i.overdue > 0 ? 'overdue' : i.status}`}>{statusLabel(i, t)}</span>,
  },
];

/** The office's fee work queue: every invoice with its student and family, searchable and filtered by the address. */
export function FeesPage() {
  const { t } = useTranslation('fees');
  const { filters, set } = useInvoiceFilters();
  const invoices = useInvoices(filters);
  const overdue = useOverdue();
  const classes = useClassOptions();
  const sections = classes.data?.find((c) => c.id === filters.classId)?.sections ?? [];
  const filtered = hasFilters(filters);
  return (
    <section className="fees-page">
      <h1>{t('list.title')}</h1>
      {overdue.data && (
        <p className="card-item">
          <Trans
            t={t}
            i18nKey="list.overdueToday"
            count={overdue.data.invoices.length}
            values={{ amount: money(overdue.data.totalOverdue, overdue.data.currency), count: overdue.data.invoices.length }}
            components={{ strong: <strong /> }}
          />{' '}
          <Link to={paths.feeDefaulters}>{t('list.defaultersLink')}</Link>
        </p>
      )}
      <SearchBox key={filters.search ?? ''} value={filters.search ?? ''} onSearch={(search) => set({ search })} />
      <div className="row fee-filters no-print">
        <label>
          {t('list.class')}
          <select value={filters.classId ?? ''} onChange={(e) => set({ classId: e.target.value, sectionId: '' })}>
            <option value="">{t('list.allClasses')}</option>
            {classes.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.section')}
          <select value={filters.sectionId ?? ''} onChange={(e) => set({ sectionId: e.target.value })} disabled={!sections.length}>
            <option value="">{t('list.allSections')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.status')}
          <select value={filters.status ?? ''} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('list.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.dueFrom')}
          <input type="date" value={filters.dueFrom ?? ''} onChange={(e) => set({ dueFrom: e.target.value })} />
        </label>
        <label>
          {t('list.dueTo')}
          <input type="date" value={filters.dueTo ?? ''} onChange={(e) => set({ dueTo: e.target.value })} />
        </label>
        {filtered && (
          <Link to={paths.fees} className="fee-clear">
            {t('list.clearFilters')}
          </Link>
        )}
      </div>
      <div className="row no-print">
        <ExportButton endpoint={EXPORT_ENDPOINT} params={exportParams(filters)} filename={t('list.exportFile')} />
        <PrintButton />
      </div>
      <AsyncState
        loading={invoices.isPending}
        error={invoices.isError ? errorMessage(invoices.error) : null}
        onRetry={() => void invoices.refetch()}
        empty={invoices.data?.total === 0}
        emptyHint={
          filtered
            ? { text: t('list.noMatch'), action: { to: paths.fees, label: t('list.clearFilters') } }
            : { text: t('list.noInvoices'), action: { to: paths.feeSetup, label: t('list.goToSetup') } }
        }
      >
        {invoices.data && (
          <>
            <DataTable
              columns={columnsIn(t)}
              rows={invoices.data.data}
              rowKey={(i) => i.id}
              sort={filters.sort ?? DEFAULT_SORT}
              onSort={(sort) => set({ sort })}
            />
            <Pager
              page={invoices.data.page}
              totalPages={invoices.data.totalPages}
              total={invoices.data.total}
              noun={t('list.noun')}
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
  const { t } = useTranslation('fees');
  const [term, setTerm] = useState(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(term.trim());
  };
  return (
    <form role="search" className="row no-print" onSubmit={submit}>
      <label>
        {t('list.search')}
        <input
          type="search"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          placeholder={t('list.searchPlaceholder')}
          maxLength={100}
        />
      </label>
      <button type="submit">{t('list.searchButton')}</button>
    </form>
  );
}
