import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AxiosInstance } from 'axios';
import { useApi } from '../lib/use-api';
import { errorBody } from '../lib/http';
import { AsyncState } from './AsyncState';
import { currentLocale } from '../i18n';
import { Field, FormError } from './FormErrors';
import { fieldErrors, noErrors, type FieldErrors } from './field-errors';

interface DomainStatus {
  domain: string | null;
  pending: { domain: string; record: { type: 'TXT'; name: string; value: string }; requestedAt: string } | null;
}

/**
 * A school's custom domain: the verified one, or the TXT record a pending one
 * waits for, with "verify now" and "remove". Used by the school's settings
 * (`/settings/domain`) and the platform console (`/tenants/:id/domain`).
 */
export function CustomDomain({ client, path }: { client: AxiosInstance; path: string }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [check, setCheck] = useState<string | null>(null);
  const status = useApi(async () => (await client.get<DomainStatus>(path)).data, [path]);
  const act = async (run: () => Promise<unknown>) => {
    setErrors(noErrors);
    setCheck(null);
    try {
      await run();
      status.reload();
    } catch (err) {
      const body = errorBody(err);
      if (body?.error === 'DOMAIN_NOT_VERIFIED') {
        const found = (body.details as { found: string[] }).found;
        setCheck(
          t('domain.notVerified', {
            message: body.message,
            found: found.length ? new Intl.ListFormat(currentLocale(), { type: 'unit' }).format(found) : t('domain.noTxtRecord'),
          }),
        );
      } else setErrors(fieldErrors(err));
    }
  };
  const request = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const domain = String(new FormData(e.currentTarget).get('domain') ?? '').trim();
    void act(() => client.post(path, { domain }));
  };
  const d = status.data;
  return (
    <section aria-labelledby="custom-domain" className="card-item">
      <h2 id="custom-domain">{t('domain.title')}</h2>
      <AsyncState loading={status.loading} error={status.error}>
        {d && (
          <>
            <p>
              {d.domain ? (
                <Trans t={t} i18nKey="domain.answersAt" values={{ domain: d.domain }} components={{ strong: <strong dir="ltr" /> }} />
              ) : (
                t('domain.noDomain')
              )}
            </p>
            {d.pending && (
              <div role="status">
                <p>
                  <Trans
                    t={t}
                    i18nKey="domain.publish"
                    values={{ domain: d.pending.domain }}
                    components={{ strong: <strong dir="ltr" /> }}
                  />
                </p>
                <dl className="facts">
                  <dt>{t('domain.type')}</dt>
                  <dd>{d.pending.record.type}</dd>
                  <dt>{t('domain.name')}</dt>
                  <dd>
                    <code>{d.pending.record.name}</code>
                  </dd>
                  <dt>{t('domain.value')}</dt>
                  <dd>
                    <code>{d.pending.record.value}</code>
                  </dd>
                </dl>
                <button type="button" onClick={() => void act(() => client.post(`${path}/verify`))}>
                  {t('domain.verify')}
                </button>
                {check && <p role="alert">{check}</p>}
              </div>
            )}
            <form onSubmit={request} aria-label={t('domain.formLabel')} className="row start" noValidate>
              <Field label={t(d.domain || d.pending ? 'domain.anotherDomain' : 'domain.domain')} name="domain" errors={errors}>
                <input name="domain" placeholder={t('domain.placeholder')} dir="ltr" required />
              </Field>
              <button type="submit">{t('domain.ask')}</button>
              {(d.domain || d.pending) && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => window.confirm(t('domain.confirmRemove')) && void act(() => client.delete(path))}
                >
                  {t('remove')}
                </button>
              )}
            </form>
            <FormError errors={errors} />
          </>
        )}
      </AsyncState>
    </section>
  );
}
