import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { useMessageSummary, type MessageSummary } from './api/messages-summary';

type StateCounts = MessageSummary['byChannel']['email'];

const line = (c: StateCounts) => {
  // The document lists each state as optional (a record of states); a state nobody reached counts 0.
  const n = (k: keyof StateCounts) => c[k] ?? 0;
  return { sent: n('sent') + n('delivered'), waiting: n('queued') + n('sending'), problems: n('failed') + n('dead') + n('bounced') };
};

/**
 * The school's messages of the last 7 days on the dashboard: sent, waiting,
 * and those that need a look (a link to the delivery log for the admin).
 * Hidden when the counts cannot be read (e.g. staff the school has not opened communication to).
 */
export function DeliveryCounts({ canOpenLog }: { canOpenLog: boolean }) {
  const s = useMessageSummary();
  if (!s.data) return null;
  const rows = [
    ['Email', line(s.data.byChannel.email)],
    ['SMS', line(s.data.byChannel.sms)],
  ] as const;
  return (
    <section className="card" aria-labelledby="delivery-counts">
      <h2 id="delivery-counts">Messages, last 7 days</h2>
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
    </section>
  );
}
