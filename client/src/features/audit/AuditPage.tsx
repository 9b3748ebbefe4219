import { useState } from 'react';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';
import { Pager } from '../../components/Pager';

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
    async () =>
      (
        await api.get<{ data: Entry[]; page: number; totalPages: number; total: number }>('/audit', {
          params: Object.fromEntries(Object.entries({ ...filters, limit: 50 }).filter(([, v]) => v !== '')),
        })
      ).data,
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
      <AsyncState loading={list.loading} error={list.error} empty={list.data?.total === 0}>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Did</th>
                <th scope="col">Fields</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.data.map((e) => (
                <tr key={e.id}>
                  <td>{new Date(e.at).toLocaleString()}</td>
                  <td>{who(e.actorId)}</td>
                  <td>
                    {e.action} {e.model} <span className="muted">{e.recordId}</span>
                  </td>
                  <td>{e.fields.join(', ')}</td>
                  <td>{e.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list.data && (
          <Pager
            page={list.data.page}
            totalPages={list.data.totalPages}
            total={list.data.total}
            noun="entries"
            onPage={(page) => setFilters({ ...filters, page })}
          />
        )}
      </AsyncState>
    </section>
  );
}
