import { useState } from 'react';
import { AsyncState } from '../../../components/AsyncState';
import { PagedTable } from '../../../components/DataTable';
import { usePlatformAudit } from '../api/audit';
import { listState } from '../api/list-state';
import { useStatusHistory } from '../api/schools';
import { when } from '../school-links';

/** The school's status history, then its lines of the platform audit log. */
export function SchoolAudit({ id }: { id: string }) {
  const [page, setPage] = useState(1);
  const log = usePlatformAudit({ tenantId: id, page, limit: 20 });
  const historyQuery = useStatusHistory(id);
  const history = listState(historyQuery);
  return (
    <>
      <h2>Status history</h2>
      <AsyncState
        loading={history.loading}
        error={history.error}
        onRetry={() => void historyQuery.refetch()}
        empty={history.data?.length === 0}
        emptyHint={{ text: 'Its status has not changed since it was created.' }}
      >
        <ol>
          {history.data?.map((e) => (
            <li key={`${e.at}-${e.to}`}>
              {when(e.at)}: {e.from} → <strong>{e.to}</strong> by {e.actor}
              {e.reason && <> ({e.reason})</>}
            </li>
          ))}
        </ol>
      </AsyncState>
      <h2>Audit log</h2>
      <PagedTable
        list={listState(log)}
        noun="entries"
        onPage={setPage}
        columns={[
          { label: 'When', value: (e) => when(e.at) },
          { label: 'Who', value: (e) => e.actorEmail },
          { label: 'Action', value: (e) => e.action },
          { label: 'Details', value: (e) => <code>{e.details ? JSON.stringify(e.details) : ''}</code> },
        ]}
      />
    </>
  );
}
