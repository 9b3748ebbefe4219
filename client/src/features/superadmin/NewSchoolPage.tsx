import { useState, type FormEvent } from 'react';
import { useDebouncedValue } from './use-debounced-value';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field } from '../../components/FormErrors';
import { BASE_DOMAIN } from '../../config/env';
import { useCreateSchool, useSubdomainCheck, type CreatedSchool, type NewSchool } from './api/schools';
import { PlanSummary } from './components/PlanSummary';
import { SchoolCreated } from './components/SchoolCreated';
import { FEATURES, PLAN_NAMES } from './school-links';

type Plan = (typeof PLAN_NAMES)[number];

/** /superadmin/schools/new: a new school in three steps (name and address, plan, first admin). */
export function NewSchoolPage() {
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
      // No password: the first admin is emailed an invitation to choose one.
      admin: { name: values.adminName, email: values.adminEmail, ...(values.adminPassword ? { password: values.adminPassword } : {}) },
    };
    create.mutate(body, {
      onSuccess: setCreated,
      onError: (err) => {
        const found = fieldErrors(err);
        setErrors(found);
        if (found.fields.name || found.fields.subdomain || found.fields.customDomain) setStep(1);
        else if (found.fields.admin) setStep(3);
      },
    });
  };

  if (created) return <SchoolCreated created={created} />;
  return (
    <form className="card-item" onSubmit={submit} aria-label="New school">
      <h1>New school · step {step} of 3</h1>
      {step === 1 && (
        <>
          <Field label="School name" name="name" errors={errors}>
            <input value={values.name} onChange={set('name')} required />
          </Field>
          <Field label="Subdomain" name="subdomain" errors={errors}>
            <input value={values.subdomain} onChange={set('subdomain')} required aria-describedby="subdomain-check" />
          </Field>
          <span id="subdomain-check" role="status" className={result && !result.available ? 'field-error' : 'muted'}>
            {result ? (result.available ? `${subdomain}.${BASE_DOMAIN} is available` : result.reason) : ''}
          </span>
          <Field label="Custom domain (optional; routes once its DNS record is verified)" name="customDomain" errors={errors}>
            <input value={values.customDomain} onChange={set('customDomain')} placeholder="portal.school.org" />
          </Field>
          <button type="button" disabled={!values.name || !result?.available} onClick={() => setStep(2)}>
            Next
          </button>
        </>
      )}
      {step === 2 && (
        <>
          <label>
            Plan
            <select value={values.plan} onChange={(e) => setValues({ ...values, plan: e.target.value as Plan })}>
              {PLAN_NAMES.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <PlanSummary plan={values.plan} />
          <fieldset>
            <legend>Extra features (on top of the plan)</legend>
            {FEATURES.map((f) => (
              <label key={f} className="inline">
                <input
                  type="checkbox"
                  checked={values.features.includes(f)}
                  onChange={(e) =>
                    setValues({ ...values, features: e.target.checked ? [...values.features, f] : values.features.filter((x) => x !== f) })
                  }
                />{' '}
                {f}
              </label>
            ))}
          </fieldset>
          <div className="row">
            <button type="button" className="secondary" onClick={() => setStep(1)}>
              Back
            </button>
            <button type="button" onClick={() => setStep(3)}>
              Next
            </button>
          </div>
        </>
      )}
      {step === 3 && (
        <>
          <Field label="First admin's name" name="admin.name" errors={errors}>
            <input value={values.adminName} onChange={set('adminName')} required />
          </Field>
          <Field label="First admin's email" name="admin.email" errors={errors}>
            <input type="email" value={values.adminEmail} onChange={set('adminEmail')} required />
          </Field>
          <Field label="First admin's password" name="admin.password" errors={errors}>
            <input
              type="password"
              value={values.adminPassword}
              onChange={set('adminPassword')}
              minLength={10}
              autoComplete="new-password"
            />
          </Field>
          <p className="muted">Leave the password empty to email the first admin an invitation to choose one.</p>
          {errors.form && <p role="alert">{errors.form}</p>}
          <div className="row">
            <button type="button" className="secondary" onClick={() => setStep(2)}>
              Back
            </button>
            <button type="submit" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create school'}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
