import { useState } from 'react';
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
  const [page, setPage] = useState(1);
  const list = useAnnouncements(page);
  return (
    <section>
      <h1>Announcements</h1>
      {(role === 'admin' || role === 'teacher') && <Composer role={role} sms={features.includes('smsNotifications')} />}
      <AsyncState
        loading={list.isPending}
        error={list.isError ? errorMessage(list.error) : null}
        onRetry={() => void list.refetch()}
        empty={list.data?.total === 0}
        emptyHint={{
          text:
            role === 'admin' || role === 'teacher' ? 'No announcements yet. Write the first one above.' : 'No announcements for you yet.',
        }}
      >
        {list.data?.data.map((a) => (
          <AnnouncementItem key={a.id} a={a} isAdmin={role === 'admin'} />
        ))}
        {list.data && list.data.totalPages > 1 && (
          <Pager page={page} totalPages={list.data.totalPages} total={list.data.total} noun="announcements" onPage={setPage} />
        )}
      </AsyncState>
    </section>
  );
}
