import { useState, type FormEvent } from 'react';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { readableOn } from '../../lib/theme';
import { applyTheme } from '../../lib/theme';
import { AsyncState } from '../../components/AsyncState';
import { CustomDomain } from '../../components/CustomDomain';
import { fieldErrors } from '../../components/field-errors';
import { MessagingSettings } from './MessagingSettings';

interface Settings {
  name: string;
  schoolConfig: {
    motto?: string;
    currency?: string;
    contact?: { email?: string; phone?: string };
    timeZone?: string;
    country?: string;
  };
  theme: { primaryColor: string; secondaryColor: string; fontFamily: string; logoUrl?: string };
  features: Record<string, boolean>;
  staffAccess: string[];
  plan: string;
}
/** The zones this browser knows (IANA names); the server checks the one chosen. */
const TIME_ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
const AREAS = ['academic', 'people', 'enrolment', 'timetable', 'attendance', 'gradebook', 'fees', 'communication', 'reports'];

/**
 * School settings (admin): branding with a live preview, contact details, currency, time zone and country
 * (dates, quiet hours, phone numbers typed without a country code), staff access; features shown read-only.
 */
export function SettingsPage() {
  const current = useApi(async () => (await api.get<Settings>('/settings')).data, []);
  return (
    <section>
      <h1>School settings</h1>
      <AsyncState loading={current.loading} error={current.error} onRetry={current.reload}>
        {current.data && <SettingsForm initial={current.data} />}
      </AsyncState>
      <MessagingSettings />
      <CustomDomain client={api} path="/settings/domain" />
    </section>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const [theme, setTheme] = useState(initial.theme);
  const [staffAccess, setStaffAccess] = useState(initial.staffAccess);
  const [status, setStatus] = useState<{ form: string | null; fields: Record<string, string>; saved?: boolean }>({
    form: null,
    fields: {},
  });

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    try {
      const { data } = await api.patch<Settings>('/settings', {
        theme: {
          primaryColor: theme.primaryColor,
          secondaryColor: theme.secondaryColor,
          fontFamily: theme.fontFamily,
          ...(theme.logoUrl ? { logoUrl: theme.logoUrl } : {}),
        },
        schoolConfig: {
          motto: text('motto'),
          currency: text('currency'),
          contact: { email: text('email'), phone: text('phone') },
          timeZone: text('timeZone'),
          country: text('country'),
        },
        staffAccess,
      });
      applyTheme(data.theme, document.title); // the new colours at once, not after a reload
      setStatus({ form: null, fields: {}, saved: true });
    } catch (err) {
      setStatus(fieldErrors(err));
    }
  };

  return (
    <form className="card-item" onSubmit={submit} aria-label="School settings">
      <fieldset>
        <legend>Branding</legend>
        <label>
          Primary colour{' '}
          <input type="color" value={theme.primaryColor} onChange={(e) => setTheme({ ...theme, primaryColor: e.target.value })} />
        </label>
        <label>
          Secondary colour{' '}
          <input type="color" value={theme.secondaryColor} onChange={(e) => setTheme({ ...theme, secondaryColor: e.target.value })} />
        </label>
        <label>
          Font <input value={theme.fontFamily} onChange={(e) => setTheme({ ...theme, fontFamily: e.target.value })} />
        </label>
        <label>
          Logo URL <input value={theme.logoUrl ?? ''} onChange={(e) => setTheme({ ...theme, logoUrl: e.target.value || undefined })} />
        </label>
        <label>
          Or upload a logo (PNG, JPEG or WebP, up to 1 MB)
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              try {
                const res = await api.post<{ id: string }>('/files', file, {
                  params: { kind: 'logo', name: file.name },
                  headers: { 'Content-Type': file.type },
                });
                setTheme({ ...theme, logoUrl: `/api/files/${res.data.id}/public` });
                setStatus({ form: null, fields: {} });
              } catch (err) {
                setStatus(fieldErrors(err));
              }
            }}
          />
        </label>
        {theme.logoUrl && <img src={theme.logoUrl} alt="The logo" width={64} height={64} className="logo-preview" />}
        <div className="preview" aria-label="Preview" style={{ fontFamily: theme.fontFamily, borderColor: theme.secondaryColor }}>
          <div style={{ background: theme.primaryColor, color: readableOn(theme.primaryColor), padding: '0.5rem 1rem' }}>
            {initial.name}
          </div>
          <p style={{ padding: '0 1rem' }}>
            <button type="button" style={{ background: theme.primaryColor, color: readableOn(theme.primaryColor) }}>
              A button
            </button>{' '}
            <span style={{ background: theme.secondaryColor, color: readableOn(theme.secondaryColor), padding: '0.25rem 0.5rem' }}>
              A highlight
            </span>
          </p>
        </div>
      </fieldset>
      <fieldset>
        <legend>Contact and money</legend>
        <label>
          Motto <input name="motto" defaultValue={initial.schoolConfig.motto ?? ''} />
        </label>
        <label>
          Email <input name="email" type="email" defaultValue={initial.schoolConfig.contact?.email ?? ''} />
          {status.fields.schoolConfig && <span className="field-error">{status.fields.schoolConfig}</span>}
        </label>
        <label>
          Phone <input name="phone" defaultValue={initial.schoolConfig.contact?.phone ?? ''} />
        </label>
        <label>
          Currency (ISO code) <input name="currency" defaultValue={initial.schoolConfig.currency ?? 'USD'} maxLength={3} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Time and place</legend>
        <label>
          Time zone{' '}
          <input
            name="timeZone"
            list="time-zones"
            defaultValue={initial.schoolConfig.timeZone ?? 'UTC'}
            aria-invalid={Boolean(status.fields['schoolConfig.timeZone'])}
          />
          <datalist id="time-zones">
            {TIME_ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          {status.fields['schoolConfig.timeZone'] && <span className="field-error">{status.fields['schoolConfig.timeZone']}</span>}
        </label>
        <label>
          Country (ISO code, for phone numbers typed without +){' '}
          <input
            name="country"
            defaultValue={initial.schoolConfig.country ?? ''}
            maxLength={2}
            aria-invalid={Boolean(status.fields['schoolConfig.country'])}
          />
          {status.fields['schoolConfig.country'] && <span className="field-error">{status.fields['schoolConfig.country']}</span>}
        </label>
      </fieldset>
      <fieldset>
        <legend>What the staff role may use</legend>
        {AREAS.map((a) => (
          <label key={a} className="inline">
            <input
              type="checkbox"
              checked={staffAccess.includes(a)}
              onChange={(e) => setStaffAccess(e.target.checked ? [...staffAccess, a] : staffAccess.filter((x) => x !== a))}
            />{' '}
            {a}
          </label>
        ))}
      </fieldset>
      <p className="muted">
        Plan {initial.plan}; features enabled by the platform:{' '}
        {Object.entries(initial.features)
          .filter(([, on]) => on)
          .map(([f]) => f)
          .join(', ') || 'none'}
        .
      </p>
      {status.form && <p role="alert">{status.form}</p>}
      {status.saved && <p role="status">Saved. The new colours are in use.</p>}
      <button type="submit">Save settings</button>
    </form>
  );
}
