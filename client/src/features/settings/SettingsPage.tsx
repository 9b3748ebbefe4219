import { useState, type FormEvent } from 'react';
import { isFeature, isPlan } from '../../lib/plans';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { readableOn } from '../../lib/theme';
import { applyTheme } from '../../lib/theme';
import { AsyncState } from '../../components/AsyncState';
import { CustomDomain } from '../../components/CustomDomain';
import { fieldErrors } from '../../components/field-errors';
import { SchoolLocaleFields, schoolLocaleBody, schoolLocaleOf, type SchoolLocale } from '../../components/SchoolLocaleFields';
import { applySchoolLanguage, currentLocale } from '../../i18n';
import { MessagingSettings } from './MessagingSettings';

interface Settings {
  name: string;
  schoolConfig: {
    motto?: string;
    currency?: string;
    contact?: { email?: string; phone?: string };
    timeZone?: string;
    country?: string;
    language?: string;
    locale?: string;
    weekStart?: number;
  };
  theme: { primaryColor: string; secondaryColor: string; fontFamily: string; logoUrl?: string };
  features: Record<string, boolean>;
  staffAccess: string[];
  plan: string;
}
const AREAS = ['academic', 'people', 'enrolment', 'timetable', 'attendance', 'gradebook', 'fees', 'communication', 'reports'] as const;

/**
 * School settings (admin): branding with a live preview, contact details, currency, time zone, default language,
 * locale, first day of the week and country (dates, quiet hours, phone numbers typed without a country code), staff
 * access; features shown read-only.
 */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const current = useApi(async () => (await api.get<Settings>('/settings')).data, []);
  return (
    <section>
      <h1>{t('title')}</h1>
      <AsyncState loading={current.loading} error={current.error} onRetry={current.reload}>
        {current.data && <SettingsForm initial={current.data} />}
      </AsyncState>
      <MessagingSettings />
      <CustomDomain client={api} path="/settings/domain" />
    </section>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation('settings');
  const [place, setPlace] = useState<SchoolLocale>(() => schoolLocaleOf(initial.schoolConfig));
  const [theme, setTheme] = useState(initial.theme);
  const [staffAccess, setStaffAccess] = useState<string[]>(initial.staffAccess);
  const [status, setStatus] = useState<{ form: string | null; fields: Record<string, string>; saved?: boolean }>({
    form: null,
    fields: {},
  });

  const on = Object.entries(initial.features)
    .filter(([, enabled]) => enabled)
    .map(([f]) => (isFeature(f) ? t(`features.${f}`) : f));

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
          ...schoolLocaleBody(place),
          country: text('country'),
        },
        staffAccess,
      });
      applyTheme(data.theme, document.title); // the new colours at once, not after a reload
      // A new default language shows at once to whoever has not chosen their own.
      await applySchoolLanguage(data.schoolConfig.language, data.schoolConfig.locale);
      setStatus({ form: null, fields: {}, saved: true });
    } catch (err) {
      setStatus(fieldErrors(err));
    }
  };

  return (
    <form className="card-item" onSubmit={submit} aria-label={t('form')}>
      <fieldset>
        <legend>{t('branding.legend')}</legend>
        <label>
          {t('branding.primary')}{' '}
          <input type="color" value={theme.primaryColor} onChange={(e) => setTheme({ ...theme, primaryColor: e.target.value })} />
        </label>
        <label>
          {t('branding.secondary')}{' '}
          <input type="color" value={theme.secondaryColor} onChange={(e) => setTheme({ ...theme, secondaryColor: e.target.value })} />
        </label>
        <label>
          {t('branding.font')}{' '}
          <input value={theme.fontFamily} dir="ltr" onChange={(e) => setTheme({ ...theme, fontFamily: e.target.value })} />
        </label>
        <label>
          {t('branding.logoUrl')}{' '}
          <input value={theme.logoUrl ?? ''} dir="ltr" onChange={(e) => setTheme({ ...theme, logoUrl: e.target.value || undefined })} />
        </label>
        <label>
          {t('branding.upload')}
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
        {theme.logoUrl && <img src={theme.logoUrl} alt={t('branding.logoAlt')} width={64} height={64} className="logo-preview" />}
        <div
          className="preview"
          aria-label={t('branding.preview')}
          style={{ fontFamily: theme.fontFamily, borderColor: theme.secondaryColor }}
        >
          <div style={{ background: theme.primaryColor, color: readableOn(theme.primaryColor), padding: '0.5rem 1rem' }}>
            {initial.name}
          </div>
          <p style={{ padding: '0 1rem' }}>
            <button type="button" style={{ background: theme.primaryColor, color: readableOn(theme.primaryColor) }}>
              {t('branding.sampleButton')}
            </button>{' '}
            <span style={{ background: theme.secondaryColor, color: readableOn(theme.secondaryColor), padding: '0.25rem 0.5rem' }}>
              {t('branding.sampleHighlight')}
            </span>
          </p>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('contact.legend')}</legend>
        <label>
          {t('contact.motto')} <input name="motto" defaultValue={initial.schoolConfig.motto ?? ''} />
        </label>
        <label>
          {t('contact.email')} <input name="email" type="email" dir="ltr" defaultValue={initial.schoolConfig.contact?.email ?? ''} />
          {/* Only the email's own error: the others of schoolConfig show on their fields. */}
          {status.fields['schoolConfig.contact.email'] && (
            <span className="field-error">{status.fields['schoolConfig.contact.email']}</span>
          )}
        </label>
        <label>
          {t('contact.phone')} <input name="phone" type="tel" dir="ltr" defaultValue={initial.schoolConfig.contact?.phone ?? ''} />
          {status.fields['schoolConfig.contact.phone'] && (
            <span className="field-error">{status.fields['schoolConfig.contact.phone']}</span>
          )}
        </label>
        <label>
          {t('contact.currency')} <input name="currency" defaultValue={initial.schoolConfig.currency ?? 'USD'} maxLength={3} dir="ltr" />
          {status.fields['schoolConfig.currency'] && <span className="field-error">{status.fields['schoolConfig.currency']}</span>}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('place.legend')}</legend>
        <SchoolLocaleFields value={place} onChange={setPlace} errors={status} />
        <label>
          {t('place.country')}{' '}
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
        <legend>{t('staff.legend')}</legend>
        {AREAS.map((a) => (
          <label key={a} className="inline">
            <input
              type="checkbox"
              checked={staffAccess.includes(a)}
              onChange={(e) => setStaffAccess(e.target.checked ? [...staffAccess, a] : staffAccess.filter((x) => x !== a))}
            />{' '}
            {t(`areas.${a}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted">
        {t('plan', {
          plan: isPlan(initial.plan) ? t(`plans.${initial.plan}`) : initial.plan,
          features: on.length ? new Intl.ListFormat(currentLocale()).format(on) : t('noFeatures'),
        })}
      </p>
      {status.form && <p role="alert">{status.form}</p>}
      {status.saved && <p role="status">{t('saved')}</p>}
      <button type="submit">{t('save')}</button>
    </form>
  );
}
