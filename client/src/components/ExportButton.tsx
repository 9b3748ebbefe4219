import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api';
import { errorBody } from '../lib/http';

/**
 * Downloads a list as CSV from its export endpoint, with the filters the list shows now (`params`), so the file
 * holds what the person sees. Fetched through the one HTTP client (tenant header, session), then saved.
 */
export function ExportButton({
  endpoint,
  params = {},
  filename,
  label,
}: {
  endpoint: string;
  params?: Record<string, string | number | undefined>;
  filename: string;
  label?: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const sent = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
      const { data } = await api.get<Blob>(endpoint, { params: sent, responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(errorBody(err)?.message ?? t('exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="no-print">
      <button type="button" onClick={() => void download()} disabled={busy}>
        {busy ? t('exporting') : (label ?? t('exportCsv'))}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}

/** Prints the page as it is (the print stylesheet leaves out the menu, buttons and forms). */
export function PrintButton({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      {label ?? t('print')}
    </button>
  );
}
