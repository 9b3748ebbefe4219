import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../components/DataTable';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { useSchoolTime } from '../../lib/school-time';
import { useAuditLog, type AuditFilters } from './api/audit';
import { ACTIONS, MODELS, actionLabel, modelLabel } from './audit-words';

const EXPORT_ENDPOINT = '/audit/export.csv';

/** Who changed what in the school, newest first, with filters; records by name (the CSV keeps the ids too). */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const list = useAuditLog(filters, page);
  const { dateTime } = useSchoolTime();
  return (
    <section>
      <h1>{t('title')}</h1>
      <form
        className="row no-print"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const v = (k: string) => String(f.get(k) ?? '').trim() || undefined;
          setFilters({ model: v('model'), action: v('action'), from: v('from'), to: v('to') });
          setPage(1);
        }}
      >
        <label>
          {t('recordType')}
          <select name="model" defaultValue={filters.model ?? ''}>
            <option value="">{t('any')}</option>
            {MODELS.map((m) => (
              <option key={m} value={m}>
                {t(`models.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('action')}
          <select name="action" defaultValue={filters.action ?? ''}>
            <option value="">{t('any')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('from')} <input name="from" type="date" defaultValue={filters.from} />
        </label>
        <label>
          {t('to')} <input name="to" type="date" defaultValue={filters.to} />
        </label>
        <button type="submit">{t('filter')}</button>
      </form>
      <p className="row">
        <ExportButton endpoint={EXPORT_ENDPOINT} params={filters} filename={t('exportFile')} />
        <PrintButton />
      </p>
      <PagedTable
        list={list}
        noun={t('noun')}
        onPage={setPage}
        columns={[
          { label: t('columns.when'), value: (e) => dateTime(e.at) },
          { label: t('columns.who'), value: (e) => e.actorName ?? (e.actorId ? t('formerUser') : t('system')) },
          { label: t('columns.action'), value: (e) => actionLabel(e.action, t) },
          {
            label: t('columns.record'),
            value: (e) => (
              <>
                {modelLabel(e.model, t)}{' '}
                {e.recordName ? (
                  <strong>
                    <bdi>{e.recordName}</bdi>
                  </strong>
                ) : (
                  e.recordId && <bdi className="muted">{e.recordId}</bdi>
                )}
              </>
            ),
          },
          { label: t('columns.fields'), value: (e) => <bdi>{e.fields.join(', ')}</bdi> },
          { label: t('columns.from'), value: (e) => <bdi>{e.ip}</bdi> },
        ]}
      />
    </section>
  );
}
