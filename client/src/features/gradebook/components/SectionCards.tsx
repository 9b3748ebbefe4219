import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorBody } from '../../../lib/http';
import { downloadSectionCards } from '../api/report-cards';

/** Picks a section and a term and downloads all their report cards as one PDF. */
export function SectionCards({
  sections,
  terms,
}: {
  sections: { value: string; label: string }[];
  terms: { value: string; label: string }[];
}) {
  const { t } = useTranslation('gradebook');
  const [section, setSection] = useState('');
  const [term, setTerm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const label = sections.find((s) => s.value === section)?.label ?? '';
      await downloadSectionCards(section.split(':')[1] ?? '', term, t('cards.filename', { section: label.replace(/\s+/g, '-') }));
    } catch (err) {
      setError(errorBody(err)?.message ?? t('cards.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="no-print" aria-labelledby="section-cards">
      <h2 id="section-cards">{t('cards.title')}</h2>
      <div className="row">
        <label>
          {t('cards.section')}
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{t('cards.choose')}</option>
            {sections.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cards.term')}
          <select value={term} onChange={(e) => setTerm(e.target.value)}>
            <option value="">{t('cards.choose')}</option>
            {terms.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!section || !term || busy} onClick={() => void download()}>
          {busy ? t('cards.preparing') : t('cards.download')}
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
