import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { AsyncState } from '../../components/AsyncState';
import { CustomDomain } from '../../components/CustomDomain';
import { paths } from '../../config/paths';
import { platformApi } from '../../lib/platform-api';
import { listState } from './api/list-state';
import { useSchool } from './api/schools';
import { EditSchool } from './components/EditSchool';
import { SchoolAudit } from './components/SchoolAudit';
import { SchoolFacts } from './components/SchoolFacts';
import { SchoolMessages } from './components/SchoolMessages';
import { SchoolUsage } from './components/SchoolUsage';
import { StatusActions } from './components/StatusActions';

/** /superadmin/schools/:id: one school: facts, usage against its limits, messages, status history, audit log; edit, suspend, activate, delete. */
export function SchoolPage() {
  const { t } = useTranslation('superadmin');
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const q = useSchool(id);
  const school = listState(q);
  const s = school.data;
  return (
    <section>
      <Link to={paths.consoleSchools} className="no-print">
        {t('school.back')}
      </Link>
      <AsyncState
        loading={school.loading}
        error={school.error}
        onRetry={() => void q.refetch()}
        emptyHint={{ text: t('school.none'), action: { to: paths.consoleSchools, label: t('school.all') } }}
      >
        {s && (
          <>
            <header className="row start">
              <h1>{s.name}</h1>
              <span className="badge">{t(`status.${s.status}`)}</span>
              <button type="button" className="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
                {t('school.edit')}
              </button>
              <StatusActions school={s} className="secondary" />
            </header>
            {editing && <EditSchool school={s} onDone={() => setEditing(false)} />}
            <SchoolFacts school={s} />
            <CustomDomain client={platformApi} path={`/tenants/${id}/domain`} />
            <SchoolUsage id={id} />
            <SchoolMessages id={id} />
            <SchoolAudit id={id} />
          </>
        )}
      </AsyncState>
    </section>
  );
}
