import { useTranslation } from 'react-i18next';

/** A form's submit button and, when it can be left, a Cancel button. */
export function FormActions({ submit, onCancel, disabled }: { submit: string; onCancel?: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <button type="submit" disabled={disabled}>
        {submit}
      </button>
      {onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      )}
    </div>
  );
}

/** The `<option>`s of a select, optionally after a "Choose…" placeholder. */
export function Options({ list, placeholder }: { list: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {list.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
