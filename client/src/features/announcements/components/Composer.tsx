import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fieldErrors } from '../../../components/field-errors';
import { currentLocale } from '../../../i18n';
import { number } from '../../../lib/format';
import { isolate } from '../../../lib/bidi';
import { errorMessage } from '../../../lib/query';
import { useAudienceCount, useClassChoices, usePostAnnouncement, type NewAnnouncement } from '../api/announcements';

const ROLES = ['parent', 'teacher', 'student', 'staff', 'admin'] as const;

/** Who an announcement reaches, in words (a whole phrase per audience: word order differs between languages). */
export function audienceWords(
  t: TFunction<'announcements'>,
  a: Pick<NewAnnouncement, 'audience' | 'classId' | 'role'>,
  className?: string,
): string {
  if (a.audience === 'school') return t('audience.school');
  if (a.audience === 'role') return t(`audience.role.${a.role ?? 'parent'}`);
  return t('audience.class', { name: isolate(className) });
}

/** "in the app, by email and by SMS", joined as the shown language joins a list. */
const channelWords = (t: TFunction<'announcements'>, channels: NewAnnouncement['channels']) =>
  new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format([
    t('channels.app'),
    ...(channels ?? []).map((c) => t(`channels.${c}`)),
  ]);

/**
 * Admins announce to the school, a role or a class; teachers to the classes they teach. It can also go by
 * email and/or SMS (where the school sends SMS) to the same people, as each of them chose in their preferences.
 * Nothing is sent before the confirmation that says to whom and how.
 */
export function Composer({ role, sms }: { role: 'admin' | 'teacher'; sms: boolean }) {
  const { t } = useTranslation('announcements');
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
  const confirmKey = count.isSuccess ? 'composer.confirmCounted' : count.isError ? 'composer.confirmUncounted' : 'composer.confirmCounting';

  return (
    <details className="card-item" open={pending !== null || undefined}>
      <summary>{t('composer.new')}</summary>
      <form key={formKey} onSubmit={review} aria-label={t('composer.new')}>
        <fieldset disabled={pending !== null} className="plain">
          <label>
            {t('composer.title')} <input name="title" required maxLength={200} />
          </label>
          <label>
            {t('composer.message')} <textarea name="body" required maxLength={5000} rows={4} />
          </label>
          <label>
            {t('composer.to')}
            <select value={audience} onChange={(e) => setAudience(e.target.value as NewAnnouncement['audience'])}>
              {role === 'admin' && <option value="school">{t('composer.school')}</option>}
              {role === 'admin' && <option value="role">{t('composer.oneRole')}</option>}
              <option value="class">{t('composer.oneClass')}</option>
            </select>
          </label>
          {audience === 'class' && (
            <label>
              {t('composer.class')}
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
              {t('composer.role')}
              <select name="role">
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <fieldset>
            <legend>{t('composer.alsoSend')}</legend>
            <label className="inline">
              <input type="checkbox" name="by-email" /> {t('composer.byEmail')}
            </label>
            {sms && (
              <label className="inline">
                <input type="checkbox" name="by-sms" /> {t('composer.bySms')}
              </label>
            )}
          </fieldset>
          {!pending && <button type="submit">{t('composer.review')}</button>}
        </fieldset>
      </form>
      {pending && (
        <div role="group" aria-label={t('composer.confirmGroup')} className="confirm-box">
          <p>
            <Trans
              t={t}
              i18nKey={confirmKey}
              values={{
                title: isolate(pending.title),
                audience: audienceWords(t, pending, className),
                people: count.isSuccess ? t('composer.people', { count: count.data, n: number(count.data) }) : '',
                channels: channelWords(t, pending.channels),
              }}
              components={[<strong key="title" />]}
            />
          </p>
          {count.isError && <p className="muted">{errorMessage(count.error, t('composer.notCounted'))}</p>}
          {error && <p role="alert">{error}</p>}
          <button type="button" onClick={send} disabled={post.isPending}>
            {post.isPending ? t('composer.sending') : t('composer.send')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setPending(null)} disabled={post.isPending}>
            {t('composer.back')}
          </button>
        </div>
      )}
    </details>
  );
}
