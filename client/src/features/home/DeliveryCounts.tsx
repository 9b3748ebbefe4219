import { Link } from 'react-router-dom';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { paths } from '../../config/paths';

type StateCounts = Record<'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'dead' | 'cancelled' | 'suppressed', number>;
interface Summary {
  total: number;
  problems: number;
  byChannel: { email: StateCounts; sms: StateCounts };
}

const line = (c: StateCounts) => ({
  sent: c.sent + c.delivered,
  waiting: c.queued + c.sending,
  problems: c.failed + c.dead + c.bounced,
});

/**
 * The school's messages of the last 7 days on the dashboard: sent, waiting,
 * and those that need a look (a link to the delivery log for the admin).
 * Hidden when the counts cannot be read (e.g. staff the school has not opened communication to).
 */
export function DeliveryCounts({ canOpenLog }: { canOpenLog: boolean }) {
  const s = useApi(async () => (await api.get<Summary>('/messages/summary')).data, []);
  if (!s.data) return null;
  const rows = [
    ['Email', line(s.data.byChannel.email)],
    ['SMS', line(s.data.byChannel.sms)],
  ] as const;
  return (
    <div className="chart" aria-labelledby="delivery-counts">
      <strong id="delivery-counts">Messages, last 7 days</strong>
      {s.data.total === 0 ? (
        <p className="muted">None sent</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">Sent</th>
              <th scope="col">Waiting</th>
              <th scope="col">Failed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{n.sent}</td>
                <td>{n.waiting}</td>
                <td style={n.problems ? { color: '#b91c1c', fontWeight: 700 } : undefined}>{n.problems}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* Always: "1 waiting" can need a look too (an SMS with no provider waits until one is set up). */}
      {canOpenLog && s.data.total > 0 && <Link to={paths.messages}>Open the delivery log</Link>}
    </div>
  );
}
