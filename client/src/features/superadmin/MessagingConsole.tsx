import { useState } from 'react';
import { platformApi } from '../../lib/platform-api';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';
import { BarChart } from '../../components/BarChart';
import { DataTable } from '../../components/DataTable';

interface ChannelCounts {
  sent: number;
  delivered: number;
  failed: number;
  bounced: number;
  dead: number;
}
interface DayTotals {
  email: ChannelCounts;
  sms: ChannelCounts & { segments: number };
}
interface QueueEntry {
  depth: number;
  failing: number;
  dueAt: string | null;
  heldUntil: string | null;
}
interface ConsoleData {
  queue: { schools: number; depth: number; failing: number; oldestDueAt: string | null };
  since: string;
  totals: DayTotals;
  schools: { tenantId: string; name: string; subdomain: string; queue: QueueEntry | null; last7Days: DayTotals; failures: number }[];
}
interface SchoolMessagesData {
  queue: QueueEntry | null;
  byDay: (DayTotals & { day: string })[];
  outbox: { total: number; problems: number };
}

/** "5 min ago", or "in 5 min" for a time still ahead (a school whose next try waits on a backoff or a quiet hour). */
const ago = (iso: string | null) => {
  if (!iso) return '–';
  const d = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
  const s = Math.abs(d);
  const span = s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
  return d < 0 ? `in ${span}` : `${span} ago`;
};
const failed = (c: ChannelCounts) => c.failed + c.dead + c.bounced;

/** The platform's messaging: schools waiting in the queue, and the schools whose messages fail most (7 days). */
export function MessagingConsole({ onOpen }: { onOpen: (id: string) => void }) {
  const [version, setVersion] = useState(0);
  const d = useApi(async () => (await platformApi.get<ConsoleData>('/messages')).data, [version]);
  return (
    <section>
      <h1>Messages</h1>
      <button type="button" onClick={() => setVersion((v) => v + 1)}>
        Refresh
      </button>
      <AsyncState loading={d.loading} error={d.error}>
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
                  {
                    label: 'School',
                    value: (s) => (
                      <button type="button" className="link" onClick={() => onOpen(s.tenantId)}>
                        {s.name}
                      </button>
                    ),
                  },
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

/** One school's messaging in its detail page: queue entry and 14 days of sent and failed messages. */
export function SchoolMessages({ id }: { id: string }) {
  const d = useApi(async () => (await platformApi.get<SchoolMessagesData>(`/tenants/${id}/messages`)).data, [id]);
  return (
    <>
      <h2>Messages</h2>
      <AsyncState loading={d.loading} error={d.error}>
        {d.data && (
          <div className="charts">
            <p className="tile">
              {d.data.queue ? (
                <>
                  <strong>{d.data.queue.depth}</strong> waiting ({d.data.queue.failing} to retry), due {ago(d.data.queue.dueAt)}
                </>
              ) : (
                'Nothing waiting'
              )}{' '}
              · {d.data.outbox.total} messages in 7 days, {d.data.outbox.problems} of them failed, bounced or given up now
            </p>
            <BarChart
              title="Emails and SMS sent per day (last 14 days)"
              bars={d.data.byDay.slice(-14).map((x) => ({ label: x.day.slice(5), value: x.email.sent + x.sms.sent }))}
            />
            <BarChart
              title="Failed tries, bounces and give-ups per day (last 14 days; a try that failed may have gone later)"
              bars={d.data.byDay
                .slice(-14)
                .map((x) => ({ label: x.day.slice(5), value: failed(x.email) + failed(x.sms), color: '#b91c1c' }))}
            />
          </div>
        )}
      </AsyncState>
    </>
  );
}
