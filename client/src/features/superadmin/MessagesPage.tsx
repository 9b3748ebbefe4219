import { Link } from 'react-router-dom';
import { AsyncState } from '../../components/AsyncState';
import { DataTable } from '../../components/DataTable';
import { PrintButton } from '../../components/ExportButton';
import { listState } from './api/list-state';
import { useMessagingOverview } from './api/messages';
import { ago, failed } from './messaging-format';
import { schoolPath } from './school-links';

/** /superadmin/messages: schools waiting in the queue, and the schools whose messages fail most (7 days). */
export function MessagesPage() {
  const q = useMessagingOverview();
  const d = listState(q);
  return (
    <section>
      <header className="row start">
        <h1>Messages</h1>
        <button type="button" className="no-print" onClick={() => void q.refetch()} disabled={q.isFetching}>
          {q.isFetching ? 'Refreshing…' : 'Refresh'}
        </button>
        <PrintButton />
      </header>
      <AsyncState loading={d.loading} error={d.error} onRetry={() => void q.refetch()}>
        {d.data && (
          <>
            <div className="tiles">
              <p className="tile">
                <strong>{d.data.queue.schools.toLocaleString()}</strong> schools with messages waiting
              </p>
              <p className="tile">
                <strong>{d.data.queue.depth.toLocaleString()}</strong> messages waiting ({d.data.queue.failing.toLocaleString()} to retry)
              </p>
              <p className="tile">
                <strong>{ago(d.data.queue.oldestDueAt)}</strong> oldest due
              </p>
              <p className="tile">
                <strong>{(d.data.totals.email.sent + d.data.totals.sms.sent).toLocaleString()}</strong> sent since {d.data.since} (
                {d.data.totals.sms.segments.toLocaleString()} SMS segments)
              </p>
              <p className="tile">
                <strong>{(failed(d.data.totals.email) + failed(d.data.totals.sms)).toLocaleString()}</strong> failed tries, bounces or
                give-ups since {d.data.since}
              </p>
            </div>
            <h2>Per school, most failures first</h2>
            {d.data.schools.length === 0 ? (
              <p className="muted">No school has sent or queued a message in the last 7 days.</p>
            ) : (
              <DataTable
                rows={d.data.schools}
                rowKey={(s) => s.tenantId}
                columns={[
                  { label: 'School', value: (s) => <Link to={schoolPath(s.tenantId)}>{s.name}</Link> },
                  { label: 'Waiting', value: (s) => s.queue?.depth ?? 0 },
                  { label: 'To retry', value: (s) => s.queue?.failing ?? 0 },
                  { label: 'Due', value: (s) => (s.queue ? ago(s.queue.dueAt) : '–') },
                  { label: 'Email sent', value: (s) => s.last7Days.email.sent },
                  { label: 'SMS sent', value: (s) => `${s.last7Days.sms.sent} (${s.last7Days.sms.segments} segments)` },
                  { label: 'Failures', value: (s) => <strong style={s.failures ? { color: '#b91c1c' } : undefined}>{s.failures}</strong> },
                ]}
              />
            )}
          </>
        )}
      </AsyncState>
    </section>
  );
}
