import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from './use-debounced-value';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field } from '../../components/FormErrors';
import { SchoolLocaleFields, schoolLocaleBody, schoolLocaleOf, type SchoolLocale } from '../../components/SchoolLocaleFields';
import { BASE_DOMAIN } from '../../config/env';
import { useCreateSchool, useSubdomainCheck, type CreatedSchool, type NewSchool } from './api/schools';
import { PlanOptions } from './components/PlanOptions';
import { PlanSummary } from './components/PlanSummary';
import { SchoolCreated } from './components/SchoolCreated';
import { FEATURES, type PLAN_NAMES } from './school-links';

type Plan = (typeof PLAN_NAMES)[number];

/**
 * The zone a new school starts with: the operator's own (shown with the time there, so a school elsewhere is seen to
 * need another), or UTC when the browser names none.
 */
const operatorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** /superadmin/schools/new: a new school in three steps (name, address, time zone and language; plan; first admin). */
export function NewSchoolPage() {
  const { t } = useTranslation('superadmin');
  const [step, setStep] = useState(1);
  const [values, setValues] = useState({
    name: '',
    subdomain: '',
    customDomain: '',
    plan: 'standard' as Plan,
    features: [] as string[],
    adminName: '',
    adminEmail: '',
    adminPassword: '',
  });
  const [place, setPlace] = useState<SchoolLocale>(() => schoolLocaleOf(undefined, operatorZone()));
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [created, setCreated] = useState<CreatedSchool | null>(null);
  const subdomain = values.subdomain.trim().toLowerCase();
  const checked = useDebouncedValue(subdomain, 250);
  const check = useSubdomainCheck(checked);
  const result = subdomain && checked === subdomain ? check.data : undefined;
  const create = useCreateSchool();
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body: NewSchool = {
      name: values.name,
      subdomain,
      ...(values.customDomain ? { customDomain: values.customDomain } : {}),
      plan: values.plan,
      features: Object.fromEntries(values.features.map((f) => [f, true])),
      schoolConfig: schoolLocaleBody(place),
      // No password: the first admin is emailed an invitation to choose one.
      admin: { name: values.adminName, email: values.adminEmail, ...(values.adminPassword ? { password: values.adminPassword } : {}) },
    };
    create.mutate(body, {
      onSuccess: setCreated,
      onError: (err) => {
        const found = fieldErrors(err);
        setErrors(found);
        if (found.fields.name || found.fields.subdomain || found.fields.customDomain || found.fields.schoolConfig) setStep(1);
        else if (found.fields.admin) setStep(3);
      },
    });
  };

  if (created) return <SchoolCreated created={created} />;
  return (
    <form className="card-item" onSubmit={submit} aria-label={t('newSchool.form')}>
      <h1>{t('newSchool.title', { step, steps: 3 })}</h1>
      {step === 1 && (
        <>
          <Field label={t('newSchool.name')} name="name" errors={errors}>
            <input value={values.name} onChange={set('name')} required />
          </Field>
          <Field label={t('newSchool.subdomain')} name="subdomain" errors={errors}>
            <input value={values.subdomain} onChange={set('subdomain')} required aria-describedby="subdomain-check" dir="ltr" />
          </Field>
          <span id="subdomain-check" role="status" className={result && !result.available ? 'field-error' : 'muted'}>
            {result ? (result.available ? t('newSchool.available', { host: `${subdomain}.${BASE_DOMAIN}` }) : result.reason) : ''}
          </span>
          <Field label={t('newSchool.customDomain')} name="customDomain" errors={errors}>
            <input
              value={values.customDomain}
              onChange={set('customDomain')}
              placeholder={t('newSchool.customDomainPlaceholder')}
              dir="ltr"
            />
          </Field>
          <fieldset>
            <legend>{t('newSchool.place')}</legend>
            <SchoolLocaleFields value={place} onChange={setPlace} errors={errors} />
          </fieldset>
          <button type="button" disabled={!values.name || !result?.available || !place.timeZone.trim()} onClick={() => setStep(2)}>
            {t('newSchool.next')}
          </button>
        </>
      )}
      {step === 2 && (
        <>
          <label>
            {t('newSchool.plan')}
            <select value={values.plan} onChange={(e) => setValues({ ...values, plan: e.target.value as Plan })}>
              <PlanOptions />
            </select>
          </label>
          <PlanSummary plan={values.plan} />
          <fieldset>
            <legend>{t('newSchool.extraFeatures')}</legend>
            {FEATURES.map((f) => (
              <label key={f} className="inline">
                <input
                  type="checkbox"
                  checked={values.features.includes(f)}
                  onChange={(e) =>
                    setValues({ ...values, features: e.target.checked ? [...values.features, f] : values.features.filter((x) => x !== f) })
                  }
                />{' '}
                {t(`features.${f}`)}
              </label>
            ))}
          </fieldset>
          <div className="row">
            <button type="button" className="secondary" onClick={() => setStep(1)}>
              {t('newSchool.back')}
            </button>
            <button type="button" onClick={() => setStep(3)}>
              {t('newSchool.next')}
            </button>
          </div>
        </>
      )}
      {step === 3 && (
        <>
          <Field label={t('newSchool.adminName')} name="admin.name" errors={errors}>
            <input value={values.adminName} onChange={set('adminName')} required />
          </Field>
          <Field label={t('newSchool.adminEmail')} name="admin.email" errors={errors}>
            <input type="email" value={values.adminEmail} onChange={set('adminEmail')} required dir="ltr" />
          </Field>
          <Field label={t('newSchool.adminPassword')} name="admin.password" errors={errors}>
            <input
              type="password"
              value={values.adminPassword}
              onChange={set('adminPassword')}
              minLength={10}
              autoComplete="new-password"
            />
          </Field>
          <p className="muted">{t('newSchool.passwordHint')}</p>
          {errors.form && <p role="alert">{errors.form}</p>}
          <div className="row">
            <button type="button" className="secondary" onClick={() => setStep(2)}>
              {t('newSchool.back')}
            </button>
            <button type="submit" disabled={create.isPending}>
              {create.isPending ? t('newSchool.creating') : t('newSchool.create')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
