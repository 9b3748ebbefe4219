import { useState } from 'react';
import { api, getPage } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { PagedTable } from '../../components/DataTable';

interface Entry {
  id: string;
  actorId: string | null;
  action: string;
  model: string;
  recordId: string | null;
  fields: string[];
  ip: string | null;
  at: string;
}
interface UserRow {
  id: string;
  name: string;
}

/** Who changed what in the school, newest first, with filters. */
export function AuditPage() {
  const [filters, setFilters] = useState({ model: '', action: '', from: '', to: '', page: 1 });
  const users = useApi(async () => (await api.get<{ data: UserRow[] }>('/users', { params: { limit: 100 } })).data.data, []);
  const list = useApi(
    () => getPage<Entry>('/audit', { ...filters, limit: 50 }),
    [filters.model, filters.action, filters.from, filters.to, filters.page],
  );
  const who = (id: string | null) => (id ? (users.data?.find((u) => u.id === id)?.name ?? 'a former user') : 'the system');
  return (
    <section>
      <h1>Audit log</h1>
      <form
        className="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const v = (k: string) => String(f.get(k) ?? '').trim();
          setFilters({ model: v('model'), action: v('action'), from: v('from'), to: v('to'), page: 1 });
        }}
      >
        <label>
          Record type <input name="model" placeholder="e.g. Student" defaultValue={filters.model} />
        </label>
        <label>
          Action <input name="action" placeholder="e.g. update" defaultValue={filters.action} />
        </label>
        <label>
          From <input name="from" type="date" defaultValue={filters.from} />
        </label>
        <label>
          To <input name="to" type="date" defaultValue={filters.to} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <PagedTable
        list={list}
        noun="entries"
        onPage={(page) => setFilters({ ...filters, page })}
        columns={[
          { label: 'When', value: (e) => new Date(e.at).toLocaleString() },
          { label: 'Who', value: (e) => who(e.actorId) },
          {
            label: 'Did',
            value: (e) => (
              <>
                {e.action} {e.model} <span className="muted">{e.recordId}</span>
              </>
            ),
          },
          { label: 'Fields', value: (e) => e.fields.join(', ') },
          { label: 'From', value: (e) => e.ip },
        ]}
      />
    </section>
  );
}
