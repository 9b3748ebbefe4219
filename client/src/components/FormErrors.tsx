import { cloneElement, useId, type ReactElement } from 'react';
import type { FieldErrors } from './field-errors';

interface Control {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * One form field: its label, its control, and the API's message for it. The
 * message is tied to the control with aria-describedby (read after the label,
 * not inside it) and marks the control invalid.
 */
export function Field({
  label,
  name,
  errors,
  children,
}: {
  label: string;
  name: string;
  errors: FieldErrors;
  children: ReactElement<Control>;
}) {
  const id = useId();
  const message = errors.fields[name];
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': Boolean(message),
        'aria-describedby': [children.props['aria-describedby'], message ? errorId : undefined].filter(Boolean).join(' ') || undefined,
      })}
      {message && (
        <span id={errorId} className="field-error" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}

/** The API's message for a field that has no control of its own (e.g. a list typed in a textarea under another name). */
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
