import { AsyncState } from '../../../components/AsyncState';
import { BarChart } from '../../../components/BarChart';
import { listState } from '../api/list-state';
import { useSchoolMessaging } from '../api/messages';
import { ago, failed } from '../messaging-format';

/** One school's messaging on its page: queue entry and 14 days of sent and failed messages. */
export function SchoolMessages({ id }: { id: string }) {
  const q = useSchoolMessaging(id);
  const d = listState(q);
  return (
    <>
      <h2>Messages</h2>
      <AsyncState loading={d.loading} error={d.error} onRetry={() => void q.refetch()}>
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
              · {d.data.outbox.total} messages in 7 days, {d.data.outbox.problems} of them failed, bounced or given up now. Failures per day
              count failed tries, bounces and give-ups (a try that failed may have gone later).
            </p>
            <BarChart
              title="Emails and SMS sent per day (last 14 days)"
              bars={d.data.byDay.slice(-14).map((x) => ({ label: x.day.slice(5), value: x.email.sent + x.sms.sent }))}
            />
            <BarChart
              // Kept short: BarChart's screen-reader table puts the title on one line, which would widen a phone's page.
              title="Failures per day (last 14 days)"
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
