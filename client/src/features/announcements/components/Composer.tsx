import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../components/field-errors';
import { errorMessage } from '../../../lib/query';
import { useAudienceCount, useClassChoices, usePostAnnouncement, type NewAnnouncement } from '../api/announcements';

const ROLES = ['parent', 'teacher', 'student', 'staff', 'admin'] as const;

/** Who an announcement reaches, in words. */
export function audienceWords(a: Pick<NewAnnouncement, 'audience' | 'classId' | 'role'>, className?: string): string {
  if (a.audience === 'school') return 'everyone in the school';
  if (a.audience === 'role') return `every ${a.role ?? ''} account`;
  return `class ${className ?? ''}: its students, their guardians and its teachers`;
}

const channelWords = (channels: NewAnnouncement['channels']) =>
  ['in the app', ...(channels ?? []).map((c) => (c === 'sms' ? 'by SMS' : 'by email'))].join(', ').replace(/, ([^,]*)$/, ' and $1');

/**
 * Admins announce to the school, a role or a class; teachers to the classes they teach. It can also go by
 * email and/or SMS (where the school sends SMS) to the same people, as each of them chose in their preferences.
 * Nothing is sent before the confirmation that says to whom and how.
 */
export function Composer({ role, sms }: { role: 'admin' | 'teacher'; sms: boolean }) {
  const [audience, setAudience] = useState<NewAnnouncement['audience']>(role === 'admin' ? 'school' : 'class');
  const [pending, setPending] = useState<NewAnnouncement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const classes = useClassChoices();
  const post = usePostAnnouncement();
  const count = useAudienceCount(pending && { audience: pending.audience, classId: pending.classId, role: pending.role });

  const review = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body: NewAnnouncement = { title: String(f.get('title')), body: String(f.get('body')), audience };
    if (audience === 'class') body.classId = String(f.get('classId'));
    if (audience === 'role') body.role = String(f.get('role')) as NonNullable<NewAnnouncement['role']>;
    const channels = (['email', 'sms'] as const).filter((c) => f.get(`by-${c}`) === 'on');
    if (channels.length) body.channels = channels;
    setError(null);
    setPending(body);
  };
  const send = () => {
    if (!pending) return;
    post.mutate(pending, {
      onSuccess: () => {
        setPending(null);
        setFormKey((k) => k + 1); // a fresh, empty form
      },
      onError: (err) => setError(fieldErrors(err).form),
    });
  };
  const className = classes.data?.find((c) => c.id === pending?.classId)?.name;

  return (
    <details className="card-item" open={pending !== null || undefined}>
      <summary>New announcement</summary>
      <form key={formKey} onSubmit={review} aria-label="New announcement">
        <fieldset disabled={pending !== null} className="plain">
          <label>
            Title <input name="title" required maxLength={200} />
          </label>
          <label>
            Message <textarea name="body" required maxLength={5000} rows={4} />
          </label>
          <label>
            To
            <select value={audience} onChange={(e) => setAudience(e.target.value as NewAnnouncement['audience'])}>
              {role === 'admin' && <option value="school">The whole school</option>}
              {role === 'admin' && <option value="role">One role</option>}
              <option value="class">One class</option>
            </select>
          </label>
          {audience === 'class' && (
            <label>
              Class
              <select name="classId" required>
                {classes.data?.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {audience === 'role' && (
            <label>
              Role
              <select name="role">
                {ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
          )}
          <fieldset>
            <legend>Also send it</legend>
            <label className="inline">
              <input type="checkbox" name="by-email" /> By email
            </label>
            {sms && (
              <label className="inline">
                <input type="checkbox" name="by-sms" /> By SMS
              </label>
            )}
          </fieldset>
          {!pending && <button type="submit">Review and send…</button>}
        </fieldset>
      </form>
      {pending && (
        <div role="group" aria-label="Confirm the announcement" className="confirm-box">
          <p>
            Send <strong>“{pending.title}”</strong> to {audienceWords(pending, className)}
            {count.isSuccess ? ` (${count.data} ${count.data === 1 ? 'person' : 'people'})` : count.isError ? '' : ' (counting…)'}{' '}
            {channelWords(pending.channels)}?
          </p>
          {count.isError && <p className="muted">{errorMessage(count.error, 'Could not count the recipients')}</p>}
          {error && <p role="alert">{error}</p>}
          <button type="button" onClick={send} disabled={post.isPending}>
            {post.isPending ? 'Sending…' : 'Send now'}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setPending(null)} disabled={post.isPending}>
            Back to editing
          </button>
        </div>
      )}
    </details>
  );
}
