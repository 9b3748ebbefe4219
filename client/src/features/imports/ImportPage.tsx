import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { number } from '../../lib/format';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { errorBody } from '../../lib/http';
import { AsyncState } from '../../components/AsyncState';
import { DataTable } from '../../components/DataTable';
import { csvHeaders, decodeCsv } from './csv';

type Kind = 'students' | 'guardians' | 'teachers';
/** How the server read the file's bytes (the import answer's `encoding`). */
type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'ISO-8859-1' | 'windows-1256' | 'windows-1251';
interface Report {
  encoding: Encoding;
  rows: number;
  valid: boolean;
  dryRun: boolean;
  errors: { line: number | null; field: string | null; reason: string; message: string }[];
  created: number;
  updated: number;
  guardiansCreated: number;
}

const KINDS: Kind[] = ['students', 'guardians', 'teachers'];
const MODES = ['add', 'update'] as const;

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** CSV import: pick the file, match its columns to the fields, check it (nothing written), then import it. */
export function ImportPage() {
  const { t } = useTranslation('imports');
  const [kind, setKind] = useState<Kind>('students');
  const [mode, setMode] = useState<'add' | 'update'>('add');
  const [file, setFile] = useState<{ name: string; bytes: ArrayBuffer; text: string } | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const template = useApi(async () => (await api.get<string>(`/import/${kind}/template.csv`, { responseType: 'text' })).data, [kind]);
  const fields = useMemo(() => (template.data ? csvHeaders(template.data) : []), [template.data]);
  const headers = useMemo(() => (file ? csvHeaders(file.text) : []), [file]);
  const templateUrl = useMemo(
    () => (template.data ? URL.createObjectURL(new Blob([template.data], { type: 'text/csv' })) : null),
    [template.data],
  );
  const columnFor = (field: string) => mapping[field] ?? headers.find((h) => norm(h) === norm(field)) ?? '';

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      // The file's bytes as saved (Excel writes Windows-1252 or UTF-16): the server detects the encoding, which a
      // string decoded here as UTF-8 would already have damaged (José → Jos\uFFFD). Only the columns chosen here
      // are sent; the server matches the others by name on the text it decoded ('' = not in the file).
      const res = await api.post<Report>(`/import/${kind}`, file.bytes, {
        headers: { 'Content-Type': 'text/csv' },
        params: { mode, dryRun: String(dryRun), mapping: JSON.stringify(mapping) },
      });
      setReport(res.data);
    } catch (err) {
      setError(errorBody(err)?.message ?? t('failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>{t('title')}</h1>
      <div className="row">
        <label>
          {t('what')}
          <select value={kind} onChange={(e) => (setKind(e.target.value as Kind), setReport(null), setMapping({}))}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('mode')}
          <select value={mode} onChange={(e) => (setMode(e.target.value as 'add' | 'update'), setReport(null))}>
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(`modes.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {templateUrl && (
          <a href={templateUrl} download={t('templateFile', { kind })}>
            {t('template')}
          </a>
        )}
      </div>
      {/* The browser's own file button speaks the browser's language ("Choose File", "No file chosen"), not the
          school's: it is hidden and a button in the shown language opens it. */}
      <div className="row">
        <label htmlFor="import-file">{t('file')}</label>
        <button type="button" className="secondary" aria-describedby="import-file-name" onClick={() => fileInput.current?.click()}>
          {t('chooseFile')}
        </button>
        <span id="import-file-name">{file ? file.name : t('noFile')}</span>
        <input
          id="import-file"
          ref={fileInput}
          className="sr-only"
          tabIndex={-1}
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            setReport(null);
            setMapping({});
            const bytes = f ? await f.arrayBuffer() : null;
            setFile(f && bytes ? { name: f.name, bytes, text: decodeCsv(new Uint8Array(bytes)) } : null);
          }}
        />
      </div>
      <AsyncState loading={template.loading} error={template.error} onRetry={template.reload}>
        {file && (
          <fieldset>
            <legend>{t('columnsOf', { name: file.name })}</legend>
            <div className="charts">
              {fields.map((f) => (
                <label key={f}>
                  {f}
                  <select value={columnFor(f)} onChange={(e) => (setMapping({ ...mapping, [f]: e.target.value }), setReport(null))}>
                    <option value="">{t('notInFile')}</option>
                    {headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </fieldset>
        )}
      </AsyncState>
      <div className="row">
        <button type="button" disabled={!file || busy} onClick={() => void run(true)}>
          {t('check')}
        </button>
        <button type="button" disabled={!report?.valid || !report.dryRun || busy} onClick={() => void run(false)}>
          {report ? t('importRows', { count: report.rows, rows: number(report.rows) }) : t('importFile')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {report && (
        <div className="card-item" role="status">
          <p>{t('readAs', { encoding: t(`encodings.${report.encoding}`) })}</p>
          {report.dryRun ? (
            report.valid ? (
              <p>
                {t('valid', {
                  count: report.rows,
                  rows: number(report.rows),
                  created: number(report.created),
                  updated: number(report.updated),
                })}
                {kind === 'students' && <> {t('guardiansToAdd', { count: report.guardiansCreated, n: number(report.guardiansCreated) })}</>}{' '}
                {t('nothingWritten')}
              </p>
            ) : (
              <p>
                {t('invalid', {
                  problems: t('problems', { count: report.errors.length, n: number(report.errors.length) }),
                  rows: t('rows', { count: report.rows, n: number(report.rows) }),
                })}
              </p>
            )
          ) : (
            <p>
              {t('imported', { created: number(report.created), updated: number(report.updated) })}
              {kind === 'students' && <> {t('guardiansAdded', { count: report.guardiansCreated, n: number(report.guardiansCreated) })}</>}
            </p>
          )}
          {report.errors.length > 0 && (
            <DataTable
              rows={report.errors.slice(0, 200).map((e, i) => ({ ...e, key: String(i) }))}
              rowKey={(e) => e.key}
              columns={[
                { label: t('columns.row'), value: (e) => (e.line === null ? '' : number(e.line)) },
                { label: t('columns.column'), value: (e) => e.field ?? '' },
                { label: t('columns.problem'), value: (e) => e.message },
              ]}
            />
          )}
        </div>
      )}
    </section>
  );
}
