import { errorBody } from '../lib/http';
import { i18n } from '../i18n';

export interface FieldErrors {
  form: string | null;
  fields: Record<string, string>;
}
export const noErrors: FieldErrors = { form: null, fields: {} };

/** Turns the API's `details` ([{ path, message }]) into messages per form field (`admin` and `admin.email` for a nested path). */
export function fieldErrors(err: unknown): FieldErrors {
  const body = errorBody(err);
  const fields: Record<string, string> = {};
  if (Array.isArray(body?.details)) {
    for (const d of body.details as { path?: string; message?: string }[]) {
      // Under its first segment (the form's field) and, for nested values, its whole path too.
      const path = d.path ?? '';
      for (const key of new Set([path.split('.')[0] ?? '', path]))
        if (key && !fields[key]) fields[key] = d.message ?? i18n.t('invalidValue');
    }
  }
  return { form: body?.message ?? (err instanceof Error ? err.message : i18n.t('somethingWentWrong')), fields };
}
