import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AsyncState } from '../../components/AsyncState';
import { DataTable } from '../../components/DataTable';
import { PrintButton } from '../../components/ExportButton';
import { dayLabel, number } from '../../lib/format';
import { listState } from './api/list-state';
import { useMessagingOverview } from './api/messages';
import { ago, failed } from './messaging-format';
import { schoolPath } from './school-links';

/** /superadmin/messages: schools waiting in the queue, and the schools whose messages fail most (7 days). */
export function MessagesPage() {
  const { t } = useTranslation('superadmin');
  const q = useMessagingOverview();
  const d = listState(q);
  const strong = { strong: <strong /> };
  return (
    <section>
      <header className="row start">
        <h1>{t('messages.title')}</h1>
        <button type="button" className="no-print" onClick={() => void q.refetch()} disabled={q.isFetching}>
          {q.isFetching ? t('messages.refreshing') : t('messages.refresh')}
        </button>
        <PrintButton />
      </header>
      <AsyncState loading={d.loading} error={d.error} onRetry={() => void q.refetch()}>
        {d.data && (
          <>
            <div className="tiles">
              <p className="tile">
                <Trans
                  t={t}
                  i18nKey="messages.schoolsWaiting"
                  count={d.data.queue.schools}
                  values={{ n: number(d.data.queue.schools) }}
                  components={strong}
                />
              </p>
              <p className="tile">
                <Trans
                  t={t}
                  i18nKey="messages.waiting"
                  count={d.data.queue.depth}
                  values={{ n: number(d.data.queue.depth), retry: number(d.data.queue.failing) }}
                  components={strong}
                />
              </p>
              <p className="tile">
                <Trans t={t} i18nKey="messages.oldestDue" values={{ ago: ago(d.data.queue.oldestDueAt) }} components={strong} />
              </p>
              <p className="tile">
                <Trans
                  t={t}
                  i18nKey="messages.sentSince"
                  count={d.data.totals.email.sent + d.data.totals.sms.sent}
                  values={{
                    n: number(d.data.totals.email.sent + d.data.totals.sms.sent),
                    since: dayLabel(d.data.since),
                    segments: number(d.data.totals.sms.segments),
                  }}
                  components={strong}
                />
              </p>
              <p className="tile">
                <Trans
                  t={t}
                  i18nKey="messages.failedSince"
                  count={failed(d.data.totals.email) + failed(d.data.totals.sms)}
                  values={{ n: number(failed(d.data.totals.email) + failed(d.data.totals.sms)), since: dayLabel(d.data.since) }}
                  components={strong}
                />
              </p>
            </div>
            <h2>{t('messages.perSchool')}</h2>
            {d.data.schools.length === 0 ? (
              <p className="muted">{t('messages.none')}</p>
            ) : (
              <DataTable
                rows={d.data.schools}
                rowKey={(s) => s.tenantId}
                columns={[
                  { label: t('messages.col.school'), value: (s) => <Link to={schoolPath(s.tenantId)}>{s.name}</Link> },
                  { label: t('messages.col.waiting'), value: (s) => number(s.queue?.depth ?? 0) },
                  { label: t('messages.col.retry'), value: (s) => number(s.queue?.failing ?? 0) },
                  { label: t('messages.col.due'), value: (s) => (s.queue ? ago(s.queue.dueAt) : '–') },
                  { label: t('messages.col.emailSent'), value: (s) => number(s.last7Days.email.sent) },
                  {
                    label: t('messages.col.smsSent'),
                    value: (s) =>
                      t('messages.smsWithSegments', {
                        count: s.last7Days.sms.segments,
                        sent: number(s.last7Days.sms.sent),
                        segments: number(s.last7Days.sms.segments),
                      }),
                  },
                  {
                    label: t('messages.col.failures'),
                    value: (s) => <strong style={s.failures ? { color: '#b91c1c' } : undefined}>{number(s.failures)}</strong>,
                  },
                ]}
              />
            )}
          </>
        )}
      </AsyncState>
    </section>
  );
}
