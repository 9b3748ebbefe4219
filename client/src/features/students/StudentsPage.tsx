import { useState } from 'react';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';

interface Student {
  id: string;
  admissionNumber: string;
  firstName: string;
  lastName: string;
  status: string;
}
interface Page<T> {
  data: T[];
  page: number;
  totalPages: number;
  total: number;
}

/** Students the signed-in user may see (the server applies their scope), with search and pages from the server. */
export function StudentsPage() {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const { data, loading, error } = useApi(
    async () =>
      (await api.get<Page<Student>>('/students', { params: { page, limit: 20, sort: 'lastName', ...(query ? { search: query } : {}) } }))
        .data,
    [page, query],
  );
  return (
    <section>
      <h1>Students</h1>
      <form
        className="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          setQuery(search.trim());
        }}
      >
        <label>
          Search <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name or admission number" />
        </label>
        <button type="submit">Search</button>
      </form>
      <AsyncState loading={loading} error={error} empty={data?.total === 0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Admission no.</th>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {data?.data.map((s) => (
              <tr key={s.id}>
                <td>{s.admissionNumber}</td>
                <td>
                  {s.firstName} {s.lastName}
                </td>
                <td>{s.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <nav className="row" aria-label="Pages">
          <button type="button" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
            Previous
          </button>
          <span>
            Page {data?.page} of {data?.totalPages} ({data?.total} students)
          </span>
          <button type="button" disabled={!data || page >= data.totalPages} onClick={() => setPage((p) => p + 1)}>
            Next
          </button>
        </nav>
      </AsyncState>
    </section>
  );
}
