import type { FieldErrors } from './field-errors';

/** The API's message for one field, under it. */
export function FieldError({ errors, name }: { errors: FieldErrors; name: string }) {
  return errors.fields[name] ? (
    <span className="field-error" role="alert">
      {errors.fields[name]}
    </span>
  ) : null;
}

/** The API's message for the whole form, when no field carries it. */
export function FormError({ errors }: { errors: FieldErrors }) {
  return errors.form && Object.keys(errors.fields).length === 0 ? <p role="alert">{errors.form}</p> : null;
}
