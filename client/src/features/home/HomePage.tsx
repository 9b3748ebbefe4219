import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../lib/session';
import { errorMessage } from '../../lib/query';
import { isolate } from '../../lib/bidi';
import { AsyncState } from '../../components/AsyncState';
import { useNotifications, useSetupChecklist } from './api/dashboard';
import { SetupChecklist } from './components/SetupChecklist';
import { OfficeDashboard } from './components/OfficeDashboard';
import { TeacherDashboard } from './components/TeacherDashboard';
import { FamilyDashboard } from './components/FamilyDashboard';
import './home.css';

const dismissedKey = (user: SessionUser) => `setup-checklist-hidden:${user.id}`;

/** The admin's setup checklist, until every step is done or the admin hides it. */
function Setup({ user }: { user: SessionUser }) {
  const [hidden, setHidden] = useState(() => localStorage.getItem(dismissedKey(user)) === '1');
  const q = useSetupChecklist(!hidden);
  if (hidden || !q.data || q.data.complete) return null;
  return (
    <SetupChecklist
      checklist={q.data}
      onDismiss={() => {
        localStorage.setItem(dismissedKey(user), '1');
        setHidden(true);
      }}
    />
  );
}

function MyNotifications() {
  const { t } = useTranslation('home');
  const n = useNotifications();
  return (
    <section className="card" aria-labelledby="my-notifications">
      <h2 id="my-notifications">{t('notifications.title')}</h2>
      <AsyncState
        loading={n.isPending}
        error={n.isError ? errorMessage(n.error) : null}
        onRetry={() => void n.refetch()}
        empty={n.data?.total === 0}
        emptyHint={{ text: t('notifications.empty') }}
      >
        <ul className="plain">
          {n.data?.data.map((x) => (
            <li key={x.id}>
              <strong>
                <bdi>{x.title}</bdi>
              </strong>{' '}
              <bdi>{x.body}</bdi>
            </li>
          ))}
        </ul>
      </AsyncState>
    </section>
  );
}

/** Each role's home page: the office's day (with the setup checklist for a new school), a teacher's, a family's. */
export function HomePage({ user }: { user: SessionUser }) {
  const { t } = useTranslation('home');
  const office = user.role === 'admin' || user.role === 'staff';
  return (
    <section className="home">
      <h1>{t('welcome', { name: isolate(user.name) })}</h1>
      {user.role === 'admin' && <Setup user={user} />}
      {office && <OfficeDashboard role={user.role} />}
      {user.role === 'teacher' && <TeacherDashboard />}
      {(user.role === 'parent' || user.role === 'student') && <FamilyDashboard />}
      {!office && <MyNotifications />}
    </section>
  );
}
