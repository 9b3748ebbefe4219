import { useState, type FormEvent } from 'react';
import { fieldErrors, noErrors, type FieldErrors } from '../../../components/field-errors';
import { Field, FieldError, FormError } from '../../../components/FormErrors';
import { useUpdateSchool, type School, type SchoolChange } from '../api/schools';
import { FEATURES, PLAN_NAMES, subscriptionText } from '../school-links';

const LIMITS = [
  ['maxStudents', 'Max students'],
  ['maxTeachers', 'Max teachers'],
  ['maxStorageMb', 'Storage (MB)'],
  ['requestsPerMinute', 'Requests a minute'],
] as const;

/** A school's name, plan, limits and features. */
export function EditSchool({ school, onDone }: { school: School; onDone: () => void }) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const update = useUpdateSchool(school.id);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const change = {
      name: String(f.get('name') ?? '').trim(),
      subscription: { plan: String(f.get('plan')) },
      limits: Object.fromEntries(LIMITS.map(([k]) => [k, Number(f.get(k))])),
      features: Object.fromEntries(FEATURES.map((k) => [k, f.get(`feature.${k}`) === 'on'])),
    } as SchoolChange; // the plan comes from the select of the server's plan names; the server checks it
    update.mutate(change, { onSuccess: onDone, onError: (err) => setErrors(fieldErrors(err)) });
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label={`Edit ${school.name}`} noValidate>
      <Field label="Name" name="name" errors={errors}>
        <input name="name" defaultValue={school.name} />
      </Field>
      <div className="row">
        <label>
          Plan
          <select name="plan" defaultValue={subscriptionText(school, 'plan') ?? 'basic'}>
            {PLAN_NAMES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        {LIMITS.map(([k, label]) => (
          <label key={k}>
            {label} <input name={k} type="number" min="0" defaultValue={school.limits[k]} />
          </label>
        ))}
      </div>
      <FieldError errors={errors} name="limits" />
      <fieldset>
        <legend>Features</legend>
        {FEATURES.map((k) => (
          <label key={k} className="inline">
            <input type="checkbox" name={`feature.${k}`} defaultChecked={Boolean(school.features[k])} /> {k}
          </label>
        ))}
      </fieldset>
      <FormError errors={errors} />
      <button type="submit" disabled={update.isPending}>
        Save changes
      </button>
    </form>
  );
}
