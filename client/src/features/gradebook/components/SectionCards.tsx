import { useState } from 'react';
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
  const [section, setSection] = useState('');
  const [term, setTerm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const label = sections.find((s) => s.value === section)?.label ?? 'section';
      await downloadSectionCards(section.split(':')[1] ?? '', term, `report-cards-${label.replace(/\s+/g, '-')}.pdf`);
    } catch (err) {
      setError(errorBody(err)?.message ?? 'The report cards could not be downloaded');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="no-print" aria-labelledby="section-cards">
      <h2 id="section-cards">Report cards of a section</h2>
      <div className="row">
        <label>
          Section
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">Choose…</option>
            {sections.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Term
          <select value={term} onChange={(e) => setTerm(e.target.value)}>
            <option value="">Choose…</option>
            {terms.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!section || !term || busy} onClick={() => void download()}>
          {busy ? 'Preparing…' : 'Download all report cards (PDF)'}
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
