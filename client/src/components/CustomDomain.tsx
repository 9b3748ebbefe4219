import { useState, type FormEvent } from 'react';
import type { AxiosInstance } from 'axios';
import { useApi } from '../lib/use-api';
import { errorBody } from '../lib/http';
import { AsyncState } from './AsyncState';
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
        setCheck(`${body.message}. Found: ${found.length ? found.join(', ') : 'no TXT record'}.`);
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
      <h2 id="custom-domain">Custom domain</h2>
      <AsyncState loading={status.loading} error={status.error}>
        {d && (
          <>
            <p>
              {d.domain ? (
                <>
                  The portal answers at <strong>{d.domain}</strong>.
                </>
              ) : (
                'No custom domain: the portal answers at its subdomain.'
              )}
            </p>
            {d.pending && (
              <div role="status">
                <p>
                  To use <strong>{d.pending.domain}</strong>, publish this DNS record, then verify:
                </p>
                <dl className="facts">
                  <dt>Type</dt>
                  <dd>TXT</dd>
                  <dt>Name</dt>
                  <dd>
                    <code>{d.pending.record.name}</code>
                  </dd>
                  <dt>Value</dt>
                  <dd>
                    <code>{d.pending.record.value}</code>
                  </dd>
                </dl>
                <button type="button" onClick={() => void act(() => client.post(`${path}/verify`))}>
                  Verify now
                </button>
                {check && <p role="alert">{check}</p>}
              </div>
            )}
            <form onSubmit={request} aria-label="Ask for a custom domain" className="row start" noValidate>
              <Field label={d.domain || d.pending ? 'Another domain' : 'Domain'} name="domain" errors={errors}>
                <input name="domain" placeholder="portal.school.org" required />
              </Field>
              <button type="submit">Ask for it</button>
              {(d.domain || d.pending) && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    window.confirm('Stop the custom domain? The portal stays at its subdomain.') && void act(() => client.delete(path))
                  }
                >
                  Remove
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
