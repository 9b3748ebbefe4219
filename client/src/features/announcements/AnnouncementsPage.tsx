import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../lib/session';
import { AsyncState } from '../../components/AsyncState';
import { Pager } from '../../components/Pager';
import { errorMessage } from '../../lib/query';
import { useAnnouncements } from './api/announcements';
import { Composer } from './components/Composer';
import { AnnouncementItem } from './components/AnnouncementItem';
import './announcements.css';

/** Announcements for me (school-wide, my role, my classes); opening one records the read receipt. */
export function AnnouncementsPage({ role, features = [] }: { role: SessionUser['role']; features?: string[] }) {
  const { t } = useTranslation('announcements');
  const [page, setPage] = useState(1);
  const list = useAnnouncements(page);
  return (
    <section>
      <h1>{t('title')}</h1>
      {(role === 'admin' || role === 'teacher') && <Composer role={role} sms={features.includes('smsNotifications')} />}
      <AsyncState
        loading={list.isPending}
        error={list.isError ? errorMessage(list.error) : null}
        onRetry={() => void list.refetch()}
        empty={list.data?.total === 0}
        emptyHint={{
          text: role === 'admin' || role === 'teacher' ? t('emptyWriter') : t('emptyReader'),
        }}
      >
        {list.data?.data.map((a) => (
          <AnnouncementItem key={a.id} a={a} isAdmin={role === 'admin'} />
        ))}
        {list.data && list.data.totalPages > 1 && (
          <Pager page={page} totalPages={list.data.totalPages} total={list.data.total} noun={t('noun')} onPage={setPage} />
        )}
      </AsyncState>
    </section>
  );
}
