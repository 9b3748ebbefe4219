import { Fragment, useState } from 'react';
import { errorBody } from '../../lib/http';
import { useApi } from '../../lib/use-api';
import { useSchoolTime } from '../../lib/school-time';
import { PagedTable } from '../../components/DataTable';
import {
  CHANNELS,
  downloadCsv,
  KIND_LABELS,
  listMessages,
  MESSAGE_KINDS,
  MESSAGE_STATES,
  resendMessage,
  STATE_HELP,
  STATE_LABELS,
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
      setNotice({ text: `Queued again: ${KIND_LABELS[m.kind].toLowerCase()} to ${m.toName ?? m.to}.` });
      list.reload();
    } catch (err) {
      setNotice({ text: errorBody(err)?.message ?? 'Could not resend', error: true });
    } finally {
      setBusy(null);
    }
  };

  const exportCsv = async () => {
    try {
      const blob = await downloadCsv(filters);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'messages.csv';
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (err) {
      setNotice({ text: errorBody(err)?.message ?? 'Could not export', error: true });
    }
  };

  return (
    <section>
      <h1>Messages</h1>
      <p className="muted">
        Emails and text messages the school sent, newest first. Failed ones are retried on their own; resend those that gave up.
        {zone && ` Times are the school's (${zone}).`}
      </p>
      <details>
        <summary>What the states mean</summary>
        <dl className="facts">
          {MESSAGE_STATES.map((s) => (
            <Fragment key={s}>
              <dt>{STATE_LABELS[s]}</dt>
              <dd>{STATE_HELP[s]}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
      <form
        key={formKey}
        className="row"
        role="search"
        aria-label="Filter messages"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const v = (k: string) => String(f.get(k) ?? '').trim();
          setFilters({ state: v('state'), channel: v('channel'), kind: v('kind'), from: v('from'), to: v('to'), page: 1 });
        }}
      >
        <label>
          State{' '}
          <select name="state" defaultValue={filters.state}>
            <option value="">Any</option>
            {MESSAGE_STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Channel{' '}
          <select name="channel" defaultValue={filters.channel}>
            <option value="">Any</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {c === 'sms' ? 'SMS' : 'Email'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind{' '}
          <select name="kind" defaultValue={filters.kind}>
            <option value="">Any</option>
            {MESSAGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input name="from" type="date" defaultValue={filters.from} />
        </label>
        <label>
          To <input name="to" type="date" defaultValue={filters.to} />
        </label>
        <button type="submit">Filter</button>
        <button type="button" onClick={exportCsv}>
          Export CSV
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
            No messages match these filters.{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                setFilters(NO_FILTERS);
                setFormKey((k) => k + 1);
              }}
            >
              Show all messages
            </button>
          </p>
        ) : (
          <p>No messages yet. Invitations, password resets, alerts and announcements appear here once the school sends them.</p>
        )
      ) : (
        <PagedTable
          list={list}
          noun="messages"
          onPage={(page) => setFilters({ ...filters, page })}
          columns={[
            { label: 'Created', value: (m) => when(m.createdAt) },
            { label: 'Kind', value: (m) => KIND_LABELS[m.kind] },
            {
              label: 'To',
              value: (m) => (
                <>
                  {m.toName && <strong>{m.toName} </strong>}
                  <span className="muted">
                    {m.channel === 'sms' ? 'SMS' : 'Email'} {m.to}
                  </span>
                </>
              ),
            },
            {
              label: 'State',
              value: (m) => (
                <>
                  <span className="badge" style={{ color: badgeColour(m.state) }} title={STATE_HELP[m.state]}>
                    {STATE_LABELS[m.state]}
                  </span>
                  {m.state === 'failed' && m.nextAttemptAt && <span className="muted"> next try {when(m.nextAttemptAt)}</span>}
                </>
              ),
            },
            { label: 'Attempts', value: (m) => m.attempts },
            { label: 'Last error', value: (m) => m.lastError ?? '' },
            { label: 'Sent', value: (m) => when(m.deliveredAt ?? m.sentAt) },
            {
              label: 'Action',
              value: (m) =>
                PROBLEM.includes(m.state) ? (
                  m.resendable ? (
                    <button type="button" disabled={busy === m.id} onClick={() => resend(m)} aria-label={`Resend to ${m.toName ?? m.to}`}>
                      Resend
                    </button>
                  ) : (
                    <span className="muted">{m.kind === 'invitation' ? 'Link expired: send a new invitation' : 'Link expired'}</span>
                  )
                ) : null,
            },
          ]}
        />
      )}
    </section>
  );
}
