import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { number } from '../../lib/format';
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
  const { t } = useTranslation('home');
  const s = useMessageSummary();
  if (!s.data) return null;
  const rows = [
    ['email', t('delivery.email'), line(s.data.byChannel.email)],
    ['sms', t('delivery.sms'), line(s.data.byChannel.sms)],
  ] as const;
  return (
    <section className="card" aria-labelledby="delivery-counts">
      <h2 id="delivery-counts">{t('delivery.title')}</h2>
      {s.data.total === 0 ? (
        <p className="muted">{t('delivery.noneSent')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">{t('delivery.channel')}</span>
              </th>
              <th scope="col">{t('delivery.sent')}</th>
              <th scope="col">{t('delivery.waiting')}</th>
              <th scope="col">{t('delivery.failed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, label, n]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{number(n.sent)}</td>
                <td>{number(n.waiting)}</td>
                <td style={n.problems ? { color: '#b91c1c', fontWeight: 700 } : undefined}>{number(n.problems)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* Always: "1 waiting" can need a look too (an SMS with no provider waits until one is set up). */}
      {canOpenLog && s.data.total > 0 && <Link to={paths.messages}>{t('delivery.openLog')}</Link>}
    </section>
  );
}
