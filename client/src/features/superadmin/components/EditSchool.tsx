import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, noErrors, type FieldErrors } from '../../../components/field-errors';
import { Field, FieldError, FormError } from '../../../components/FormErrors';
import { SchoolLocaleFields, schoolLocaleBody, schoolLocaleOf, type SchoolLocale } from '../../../components/SchoolLocaleFields';
import { useUpdateSchool, type School, type SchoolChange } from '../api/schools';
import { PlanOptions } from './PlanOptions';
import { FEATURES, subscriptionText } from '../school-links';

const LIMITS = ['maxStudents', 'maxTeachers', 'maxStorageMb', 'requestsPerMinute'] as const;

/** A school's name, plan, limits, features, time zone and language. */
export function EditSchool({ school, onDone }: { school: School; onDone: () => void }) {
  const { t } = useTranslation('superadmin');
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [place, setPlace] = useState<SchoolLocale>(() => schoolLocaleOf(school.schoolConfig));
  const update = useUpdateSchool(school.id);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const change = {
      name: String(f.get('name') ?? '').trim(),
      subscription: { plan: String(f.get('plan')) },
      limits: Object.fromEntries(LIMITS.map((k) => [k, Number(f.get(k))])),
      features: Object.fromEntries(FEATURES.map((k) => [k, f.get(`feature.${k}`) === 'on'])),
      schoolConfig: schoolLocaleBody(place),
    } as SchoolChange; // the plan comes from the select of the server's plan names; the server checks it
    update.mutate(change, { onSuccess: onDone, onError: (err) => setErrors(fieldErrors(err)) });
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label={t('edit.form', { name: school.name })} noValidate>
      <Field label={t('edit.name')} name="name" errors={errors}>
        <input name="name" defaultValue={school.name} />
      </Field>
      <div className="row">
        <label>
          {t('edit.plan')}
          <select name="plan" defaultValue={subscriptionText(school, 'plan') ?? 'basic'}>
            <PlanOptions />
          </select>
        </label>
        {LIMITS.map((k) => (
          <label key={k}>
            {t(`limits.${k}`)} <input name={k} type="number" min="0" defaultValue={school.limits[k]} />
          </label>
        ))}
      </div>
      <FieldError errors={errors} name="limits" />
      <fieldset>
        <legend>{t('edit.features')}</legend>
        {FEATURES.map((k) => (
          <label key={k} className="inline">
            <input type="checkbox" name={`feature.${k}`} defaultChecked={Boolean(school.features[k])} /> {t(`features.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('edit.place')}</legend>
        <SchoolLocaleFields value={place} onChange={setPlace} errors={errors} />
      </fieldset>
      <FormError errors={errors} />
      <button type="submit" disabled={update.isPending}>
        {t('edit.save')}
      </button>
    </form>
  );
}
