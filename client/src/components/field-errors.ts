import { errorBody } from '../lib/http';

export interface FieldErrors {
  form: string | null;
  fields: Record<string, string>;
}
export const noErrors: FieldErrors = { form: null, fields: {} };

/** Turns the API's `details` ([{ path, message }]) into messages per form field. */
export function fieldErrors(err: unknown): FieldErrors {
  const body = errorBody(err);
  const fields: Record<string, string> = {};
  if (Array.isArray(body?.details)) {
    for (const d of body.details as { path?: string; message?: string }[]) {
      const key = (d.path ?? '').split('.')[0] ?? '';
      if (key && !fields[key]) fields[key] = d.message ?? 'Invalid value';
    }
  }
  return { form: body?.message ?? (err instanceof Error ? err.message : 'Something went wrong'), fields };
}
