import { useTranslation } from 'react-i18next';
import { AsyncState } from '../../../components/AsyncState';
import { BarChart } from '../../../components/BarChart';
import { dayLabel, number } from '../../../lib/format';
import { listState } from '../api/list-state';
import { useSchoolMessaging } from '../api/messages';
import { ago, failed } from '../messaging-format';

const FAILURE_COLOUR = '#b91c1c';

/** One school's messaging on its page: queue entry and 14 days of sent and failed messages. */
export function SchoolMessages({ id }: { id: string }) {
  const { t } = useTranslation('superadmin');
  const q = useSchoolMessaging(id);
  const d = listState(q);
  return (
    <>
      <h2>{t('schoolMessages.title')}</h2>
      <AsyncState loading={d.loading} error={d.error} onRetry={() => void q.refetch()}>
        {d.data && (
          <div className="charts">
            <p className="tile">
              {d.data.queue
                ? t('schoolMessages.waiting', {
                    count: d.data.queue.depth,
                    n: number(d.data.queue.depth),
                    retry: number(d.data.queue.failing),
                    due: ago(d.data.queue.dueAt),
                  })
                : t('schoolMessages.nothingWaiting')}{' '}
              ·{' '}
              {t('schoolMessages.outbox', {
                count: d.data.outbox.total,
                n: number(d.data.outbox.total),
                problems: number(d.data.outbox.problems),
              })}{' '}
              {t('schoolMessages.failuresNote')}
            </p>
            <BarChart
              title={t('schoolMessages.sentChart')}
              format={(n) => number(n)}
              bars={d.data.byDay.slice(-14).map((x) => ({ label: dayLabel(x.day, { weekday: false }), value: x.email.sent + x.sms.sent }))}
            />
            <BarChart
              // Kept short: BarChart's screen-reader table puts the title on one line, which would widen a phone's page.
              title={t('schoolMessages.failuresChart')}
              format={(n) => number(n)}
              bars={d.data.byDay.slice(-14).map((x) => ({
                label: dayLabel(x.day, { weekday: false }),
                value: failed(x.email) + failed(x.sms),
                color: FAILURE_COLOUR,
              }))}
            />
          </div>
        )}
      </AsyncState>
    </>
  );
}
