import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PagedTable, type Column } from '../../components/DataTable';
import { PrintButton } from '../../components/ExportButton';
import { currentLocale } from '../../i18n';
import { listState } from './api/list-state';
import { useSchools, type SchoolRow, type SchoolsQuery } from './api/schools';
import { StatusActions } from './components/StatusActions';
import { PlanOptions } from './components/PlanOptions';
import { isPlan, PLAN_NAMES, schoolPath, schoolUrl, STATUSES, subscriptionText } from './school-links';

const SORTS = ['name', '-name', 'createdAt', '-createdAt', 'subdomain', '-subdomain'] as const;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined;

/** /superadmin/schools: every school, searched and filtered; the filters live in the address (shareable, kept by Back). */
export function SchoolsPage() {
  const { t } = useTranslation('superadmin');
  const [search, setSearch] = useSearchParams();
  const query: SchoolsQuery = {
    search: search.get('search') || undefined,
    status: oneOf(STATUSES, search.get('status')),
    plan: oneOf(PLAN_NAMES, search.get('plan')),
    sort: oneOf(SORTS, search.get('sort')) ?? '-createdAt',
    page: Math.max(1, Number(search.get('page')) || 1),
    limit: 20,
  };
  const q = useSchools(query);
  const planName = (p: string | undefined) => (isPlan(p) ? t(`plans.${p}`) : (p ?? '—'));
  const columns: Column<SchoolRow>[] = [
    { label: t('schools.col.name'), sort: 'name', value: (s) => <Link to={schoolPath(s.id)}>{s.name}</Link> },
    {
      label: t('schools.col.subdomain'),
      sort: 'subdomain',
      value: (s) => (
        <a href={schoolUrl(s.subdomain)} dir="ltr">
          {s.subdomain}
        </a>
      ),
    },
    { label: t('schools.col.plan'), value: (s) => planName(subscriptionText(s, 'plan')) },
    { label: t('schools.col.status'), value: (s) => t(`status.${s.status}`) },
    {
      label: t('schools.col.created'),
      sort: 'createdAt',
      value: (s) => (s.createdAt ? new Date(s.createdAt).toLocaleDateString(currentLocale(), { dateStyle: 'medium' }) : ''),
    },
    { label: t('schools.col.actions'), value: (s) => <StatusActions school={s} className="link" /> },
  ];
  const change = (next: Record<string, string | number | undefined>) => {
    const merged = new URLSearchParams(search);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1)) merged.delete(k);
      else merged.set(k, String(v));
    }
    setSearch(merged);
  };
  return (
    <section>
      <header className="row start">
        <h1>{t('schools.title')}</h1>
        <PrintButton />
      </header>
      <form
        className="row no-print"
        role="search"
        aria-label={t('schools.filter')}
        key={search.toString()}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          change({
            search: String(f.get('search') ?? '').trim(),
            status: String(f.get('status') ?? ''),
            plan: String(f.get('plan') ?? ''),
            page: 1,
          });
        }}
      >
        <label>
          {t('schools.search')} <input name="search" defaultValue={query.search ?? ''} />
        </label>
        <label>
          {t('schools.status')}
          <select name="status" defaultValue={query.status ?? ''}>
            <option value="">{t('schools.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('schools.plan')}
          <select name="plan" defaultValue={query.plan ?? ''}>
            <option value="">{t('schools.any')}</option>
            <PlanOptions />
          </select>
        </label>
        <button type="submit">{t('schools.filterButton')}</button>
      </form>
      <PagedTable
        list={listState(q)}
        noun={t('schools.noun')}
        onPage={(page) => change({ page })}
        sort={query.sort}
        onSort={(sort) => change({ sort, page: 1 })}
        columns={columns}
      />
    </section>
  );
}
