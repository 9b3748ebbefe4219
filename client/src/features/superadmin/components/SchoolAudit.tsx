import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { AsyncState } from '../../../components/AsyncState';
import { PagedTable } from '../../../components/DataTable';
import { usePlatformAudit } from '../api/audit';
import { listState } from '../api/list-state';
import { useStatusHistory } from '../api/schools';
import { isStatus, when } from '../school-links';

/** The school's status history, then its lines of the platform audit log. */
export function SchoolAudit({ id }: { id: string }) {
  const { t } = useTranslation('superadmin');
  const status = (s: string) => (isStatus(s) ? t(`status.${s}`) : s);
  const [page, setPage] = useState(1);
  const log = usePlatformAudit({ tenantId: id, page, limit: 20 });
  const historyQuery = useStatusHistory(id);
  const history = listState(historyQuery);
  return (
    <>
      <h2>{t('audit.history')}</h2>
      <AsyncState
        loading={history.loading}
        error={history.error}
        onRetry={() => void historyQuery.refetch()}
        empty={history.data?.length === 0}
        emptyHint={{ text: t('audit.noHistory') }}
      >
        <ol>
          {history.data?.map((e) => (
            <li key={`${e.at}-${e.to}`}>
              <Trans
                t={t}
                i18nKey={e.reason ? 'audit.changeWithReason' : 'audit.change'}
                values={{ at: when(e.at), from: status(e.from), to: status(e.to), actor: e.actor, reason: e.reason }}
                components={{ strong: <strong /> }}
              />
            </li>
          ))}
        </ol>
      </AsyncState>
      <h2>{t('audit.log')}</h2>
      <PagedTable
        list={listState(log)}
        noun={t('audit.noun')}
        onPage={setPage}
        columns={[
          { label: t('audit.col.when'), value: (e) => when(e.at) },
          { label: t('audit.col.who'), value: (e) => e.actorEmail },
          { label: t('audit.col.action'), value: (e) => <code>{e.action}</code> },
          { label: t('audit.col.details'), value: (e) => <code dir="ltr">{e.details ? JSON.stringify(e.details) : ''}</code> },
        ]}
      />
    </>
  );
}
