import { useState } from 'react';
import { PagedTable } from '../../components/DataTable';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { useSchoolTime } from '../../lib/school-time';
import { useAuditLog, type AuditFilters } from './api/audit';

/** Who changed what in the school, newest first, with filters; records by name (the CSV keeps the ids too). */
export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const list = useAuditLog(filters, page);
  const { dateTime } = useSchoolTime();
  return (
    <section>
      <h1>Audit log</h1>
      <form
        className="row no-print"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const v = (k: string) => String(f.get(k) ?? '').trim() || undefined;
          setFilters({ model: v('model'), action: v('action'), from: v('from'), to: v('to') });
          setPage(1);
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
      <p className="row">
        <ExportButton endpoint="/audit/export.csv" params={filters} filename="audit-log.csv" />
        <PrintButton />
      </p>
      <PagedTable
        list={list}
        noun="entries"
        onPage={setPage}
        columns={[
          { label: 'When', value: (e) => dateTime(e.at) },
          { label: 'Who', value: (e) => e.actorName ?? (e.actorId ? 'a former user' : 'the system') },
          {
            label: 'Did',
            value: (e) => (
              <>
                {e.action} {e.model}{' '}
                {e.recordName ? <strong>{e.recordName}</strong> : e.recordId && <span className="muted">{e.recordId}</span>}
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
