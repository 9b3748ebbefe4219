import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchStudents, type FoundStudent as Found } from './api/students';

export interface PickedStudent {
  id: string;
  label: string;
}
/** Finds students by name or admission number (server-side search) and keeps a list of the chosen ones. */
export function StudentPicker({
  value,
  onChange,
  label,
}: {
  value: PickedStudent[];
  onChange: (v: PickedStudent[]) => void;
  label: string;
}) {
  const { t } = useTranslation('fees');
  const [term, setTerm] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const search = async () => {
    if (!term.trim()) return;
    setFound(await searchStudents(term.trim()));
  };
  return (
    <fieldset>
      <legend>{label}</legend>
      <ul className="plain">
        {value.map((s) => (
          <li key={s.id}>
            {s.label}{' '}
            <button
              type="button"
              className="link"
              onClick={() => onChange(value.filter((x) => x.id !== s.id))}
              aria-label={t('picker.removeName', { name: s.label })}
            >
              {t('picker.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label>
          {t('picker.find')}
          <input
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
        </label>
        <button type="button" className="secondary" onClick={() => void search()}>
          {t('picker.findButton')}
        </button>
      </div>
      {found && found.length === 0 && <p className="muted">{t('picker.noMatch')}</p>}
      <ul className="plain">
        {found
          ?.filter((f) => !value.some((v) => v.id === f.id))
          .map((f) => {
            const text = t('picker.student', { firstName: f.firstName, lastName: f.lastName, admissionNumber: f.admissionNumber });
            return (
              <li key={f.id}>
                {text}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => onChange([...value, { id: f.id, label: text }])}
                  aria-label={t('picker.addName', { name: text })}
                >
                  {t('picker.add')}
                </button>
              </li>
            );
          })}
      </ul>
    </fieldset>
  );
}
