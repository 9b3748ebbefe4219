import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { number } from '../../lib/format';
import { isolate } from '../../lib/bidi';
import { errorBody } from '../../lib/http';
import { useApi } from '../../lib/use-api';
import { useSchoolTime } from '../../lib/school-time';
import { PagedTable } from '../../components/DataTable';
import {
  CHANNELS,
  downloadCsv,
  listMessages,
  MESSAGE_KINDS,
  MESSAGE_STATES,
  resendMessage,
  type LogFilters,
  type Message,
  type MessageState,
} from './messages-api';

const PROBLEM: readonly MessageState[] = ['failed', 'bounced', 'dead'];
const GOOD: readonly MessageState[] = ['sent', 'delivered'];
const badgeColour = (s: MessageState) => (PROBLEM.includes(s) ? '#b91c1c' : GOOD.includes(s) ? '#15803d' : '#4b5563');

/** Every message the school sent or tried to send: who, how, what became of it; failed ones can be sent again. */
const NO_FILTERS: LogFilters = { state: '', channel: '', kind: '', from: '', to: '', page: 1 };

export function DeliveryLogPage() {
  const { t } = useTranslation('messages');
  const [filters, setFilters] = useState<LogFilters>(NO_FILTERS);
  const { dateTime: when, zone } = useSchoolTime();
  // Bumped by "Show all messages" so the filter form (uncontrolled) starts over too.
  const [formKey, setFormKey] = useState(0);
  const filtered = Boolean(filters.state || filters.channel || filters.kind || filters.from || filters.to);
  const list = useApi(() => listMessages(filters), [filters.state, filters.channel, filters.kind, filters.from, filters.to, filters.page]);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const resend = async (m: Message) => {
    setBusy(m.id);
    try {
      await resendMessage(m.id);
      setNotice({
        text: t('log.queuedAgain', { kind: t(`kinds.${m.kind}`).toLocaleLowerCase(currentLocale()), name: isolate(m.toName ?? m.to) }),
      });
      list.reload();
    } catch (err) {
      setNotice({ text: errorBody(err)?.message ?? t('log.notResent'), error: true });
    } finally {
      setBusy(null);
    }
  };

  const exportCsv = async () => {
    try {
      const blob = await downloadCsv(filters);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = t('log.csvFilename');
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (err) {
      setNotice({ text: errorBody(err)?.message ?? t('log.notExported'), error: true });
    }
  };

  return (
    <section>
      <h1>{t('log.title')}</h1>
      <p className="muted">
        {t('log.intro')}
        {zone && ` ${t('log.zone', { zone: isolate(zone) })}`}
      </p>
      <details>
        <summary>{t('log.legend')}</summary>
        <dl className="facts">
          {MESSAGE_STATES.map((s) => (
            <Fragment key={s}>
              <dt>{t(`states.${s}`)}</dt>
              <dd>{t(`stateHelp.${s}`)}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
      <form
        key={formKey}
        className="row"
        role="search"
        aria-label={t('log.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const v = (k: string) => String(f.get(k) ?? '').trim();
          setFilters({ state: v('state'), channel: v('channel'), kind: v('kind'), from: v('from'), to: v('to'), page: 1 });
        }}
      >
        <label>
          {t('log.state')}{' '}
          <select name="state" defaultValue={filters.state}>
            <option value="">{t('log.any')}</option>
            {MESSAGE_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('log.channel')}{' '}
          <select name="channel" defaultValue={filters.channel}>
            <option value="">{t('log.any')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('log.kind')}{' '}
          <select name="kind" defaultValue={filters.kind}>
            <option value="">{t('log.any')}</option>
            {MESSAGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('log.from')} <input name="from" type="date" defaultValue={filters.from} />
        </label>
        <label>
          {t('log.to')} <input name="to" type="date" defaultValue={filters.to} />
        </label>
        <button type="submit">{t('log.filter')}</button>
        <button type="button" onClick={exportCsv}>
          {t('log.export')}
        </button>
      </form>
      {notice && (
        <p role={notice.error ? 'alert' : 'status'} className={notice.error ? 'error' : undefined}>
          {notice.text}
        </p>
      )}
      {list.data?.total === 0 && !list.loading && !list.error ? (
        filtered ? (
          <p>
            {t('log.noMatch')}{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                setFilters(NO_FILTERS);
                setFormKey((k) => k + 1);
              }}
            >
              {t('log.showAll')}
            </button>
          </p>
        ) : (
          <p>{t('log.none')}</p>
        )
      ) : (
        <PagedTable
          list={list}
          noun={t('log.noun')}
          onPage={(page) => setFilters({ ...filters, page })}
          columns={[
            { label: t('log.created'), value: (m) => when(m.createdAt) },
            { label: t('log.kind'), value: (m) => t(`kinds.${m.kind}`) },
            {
              label: t('log.to'),
              value: (m) => (
                <>
                  {m.toName && (
                    <strong>
                      <bdi>{m.toName}</bdi>{' '}
                    </strong>
                  )}
                  <span className="muted">
                    {t(`channels.${m.channel}`)} <bdi>{m.to}</bdi>
                  </span>
                </>
              ),
            },
            {
              label: t('log.state'),
              value: (m) => (
                <>
                  <span className="badge" style={{ color: badgeColour(m.state) }} title={t(`stateHelp.${m.state}`)}>
                    {t(`states.${m.state}`)}
                  </span>
                  {m.state === 'failed' && m.nextAttemptAt && (
                    <span className="muted"> {t('log.nextTry', { when: when(m.nextAttemptAt) })}</span>
                  )}
                </>
              ),
            },
            { label: t('log.attempts'), value: (m) => number(m.attempts) },
            { label: t('log.lastError'), value: (m) => <LastError text={m.lastError} /> },
            { label: t('log.sent'), value: (m) => when(m.deliveredAt ?? m.sentAt) },
            {
              label: t('log.action'),
              value: (m) =>
                PROBLEM.includes(m.state) ? (
                  m.resendable ? (
                    <button
                      type="button"
                      disabled={busy === m.id}
                      onClick={() => resend(m)}
                      aria-label={t('log.resendTo', { name: isolate(m.toName ?? m.to) })}
                    >
                      {t('log.resend')}
                    </button>
                  ) : (
                    <span className="muted">{m.kind === 'invitation' ? t('log.invitationExpired') : t('log.linkExpired')}</span>
                  )
                ) : null,
            },
          ]}
        />
      )}
    </section>
  );
}

const KNOWN_ERRORS = ['NO_TRANSPORT', 'SMS_OFF', 'TURNED_OFF'] as const;

/**
 * The platform's own reasons ("NO_TRANSPORT: …") said in the reader's language; a provider's answer (an SMTP reply,
 * a carrier code) is shown as the provider wrote it. The stored text stays in the tooltip.
 */
function LastError({ text }: { text: string | null }) {
  const { t } = useTranslation('messages');
  if (!text) return null;
  const code = KNOWN_ERRORS.find((c) => text.startsWith(`${c}:`));
  return code ? <span title={text}>{t(`log.errorCodes.${code}`)}</span> : <bdi>{text}</bdi>;
}
