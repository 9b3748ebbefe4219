import { Link, useSearchParams } from 'react-router-dom';
import { PagedTable } from '../../components/DataTable';
import { PrintButton } from '../../components/ExportButton';
import { listState } from './api/list-state';
import { useSchools, type SchoolsQuery } from './api/schools';
import { StatusActions } from './components/StatusActions';
import { PLAN_NAMES, schoolPath, schoolUrl, subscriptionText } from './school-links';

const STATUSES = ['trial', 'active', 'suspended', 'deleted', 'provisioning'] as const;
const SORTS = ['name', '-name', 'createdAt', '-createdAt', 'subdomain', '-subdomain'] as const;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined;

/** /superadmin/schools: every school, searched and filtered; the filters live in the address (shareable, kept by Back). */
export function SchoolsPage() {
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
        <h1>Schools</h1>
        <PrintButton />
      </header>
      <form
        className="row no-print"
        role="search"
        aria-label="Filter schools"
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
          Search <input name="search" defaultValue={query.search ?? ''} />
        </label>
        <label>
          Status
          <select name="status" defaultValue={query.status ?? ''}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Plan
          <select name="plan" defaultValue={query.plan ?? ''}>
            <option value="">Any</option>
            {PLAN_NAMES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      <PagedTable
        list={listState(q)}
        noun="schools"
        onPage={(page) => change({ page })}
        sort={query.sort}
        onSort={(sort) => change({ sort, page: 1 })}
        columns={[
          { label: 'Name', sort: 'name', value: (t) => <Link to={schoolPath(t.id)}>{t.name}</Link> },
          { label: 'Subdomain', sort: 'subdomain', value: (t) => <a href={schoolUrl(t.subdomain)}>{t.subdomain}</a> },
          { label: 'Plan', value: (t) => subscriptionText(t, 'plan') ?? '—' },
          { label: 'Status', value: (t) => t.status },
          { label: 'Created', sort: 'createdAt', value: (t) => (t.createdAt ? new Date(t.createdAt).toLocaleDateString() : '') },
          { label: 'Actions', value: (t) => <StatusActions school={t} className="link" /> },
        ]}
      />
    </section>
  );
}
