import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';
import { Field } from '../../components/FormErrors';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';

interface Messaging {
  senderName: string | null;
  replyTo: string | null;
  fromAddress: string | null;
  ownSmtp: boolean;
  /** Host of the school's own SMTP server; the URL and its password never come back. */
  smtpHost: string | null;
}

/** How the school's email leaves: the name it is sent under, where replies go, and optionally the school's own SMTP server. */
export function MessagingSettings() {
  const { t } = useTranslation('settings');
  const current = useApi(async () => (await api.get<Messaging>('/settings/messaging')).data, []);
  return (
    <section aria-labelledby="messaging-settings">
      <h2 id="messaging-settings">{t('messaging.title')}</h2>
      <AsyncState loading={current.loading} error={current.error} onRetry={current.reload}>
        {current.data && <MessagingForm initial={current.data} onSaved={current.reload} />}
      </AsyncState>
    </section>
  );
}

function MessagingForm({ initial, onSaved }: { initial: Messaging; onSaved: () => void }) {
  const { t } = useTranslation('settings');
  const [ownSmtp, setOwnSmtp] = useState(initial.ownSmtp);
  const [errors, setErrors] = useState<FieldErrors & { saved?: boolean }>(noErrors);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const text = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    try {
      await api.put('/settings/messaging', {
        senderName: text('senderName'),
        replyTo: text('replyTo'),
        fromAddress: ownSmtp ? text('fromAddress') : undefined,
        ownSmtp,
        // Left empty, the server keeps the URL it has.
        smtpUrl: ownSmtp ? text('smtpUrl') : undefined,
      });
      // The URL (with its password) does not stay on the screen once it is stored.
      const url = form.elements.namedItem('smtpUrl');
      if (url instanceof HTMLInputElement) url.value = '';
      setErrors({ ...noErrors, saved: true });
      onSaved();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  return (
    <form className="card-item" onSubmit={submit} aria-label={t('messaging.form')}>
      <Field label={t('messaging.senderName')} name="senderName" errors={errors}>
        <input
          name="senderName"
          maxLength={100}
          defaultValue={initial.senderName ?? ''}
          placeholder={t('messaging.senderNamePlaceholder')}
        />
      </Field>
      <Field label={t('messaging.replyTo')} name="replyTo" errors={errors}>
        <input name="replyTo" type="email" dir="ltr" defaultValue={initial.replyTo ?? ''} placeholder={t('messaging.replyToPlaceholder')} />
      </Field>
      <label className="inline">
        <input type="checkbox" checked={ownSmtp} onChange={(e) => setOwnSmtp(e.target.checked)} /> {t('messaging.ownSmtp')}
      </label>
      {ownSmtp && (
        <>
          <Field label={t('messaging.fromAddress')} name="fromAddress" errors={errors}>
            <input name="fromAddress" type="email" dir="ltr" defaultValue={initial.fromAddress ?? ''} required />
          </Field>
          <Field
            label={initial.smtpHost ? t('messaging.smtpKeep', { host: initial.smtpHost }) : t('messaging.smtpUrl')}
            name="smtpUrl"
            errors={errors}
          >
            <input
              name="smtpUrl"
              type="password"
              autoComplete="off"
              placeholder={t('messaging.smtpUrlPlaceholder')}
              dir="ltr"
              required={!initial.smtpHost}
            />
          </Field>
          <p className="muted">{t('messaging.smtpStored')}</p>
        </>
      )}
      {errors.form && <p role="alert">{errors.form}</p>}
      {errors.saved && <p role="status">{t('messaging.saved')}</p>}
      <button type="submit">{t('messaging.save')}</button>
    </form>
  );
}
