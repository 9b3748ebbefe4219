import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { number } from '../../../lib/format';
import { isolate } from '../../../lib/bidi';
import { useSchoolTime } from '../../../lib/school-time';
import { errorMessage } from '../../../lib/query';
import { useDeleteAnnouncement, useEditAnnouncement, useMarkRead, useReceipts, type Announcement } from '../api/announcements';

const ROLES = ['parent', 'teacher', 'student', 'staff', 'admin'] as const;
const isRole = (r: string): r is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(r);
/** Drawn before an unread announcement's title (its name for screen readers is "unread"). */
const UNREAD_DOT = '● ';

/** One announcement: opening it records that I read it; admins and its author see who read it; admins correct or withdraw it. */
export function AnnouncementItem({ a, isAdmin }: { a: Announcement; isAdmin: boolean }) {
  const { t } = useTranslation('announcements');
  const { date } = useSchoolTime();
  const roleName = (role: string | null) => (role && isRole(role) ? t(`role.${role}`) : (role ?? '—'));
  const [mode, setMode] = useState<'read' | 'edit' | 'delete'>('read');
  const [showReaders, setShowReaders] = useState(false);
  const markRead = useMarkRead();
  const edit = useEditAnnouncement();
  const remove = useDeleteAnnouncement();
  const receipts = useReceipts(a.id, showReaders);

  const save = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    edit.mutate({ id: a.id, change: { title: String(f.get('title')), body: String(f.get('body')) } }, { onSuccess: () => setMode('read') });
  };

  return (
    <details
      className="card-item"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open && !a.read) markRead.mutate(a.id);
      }}
    >
      <summary>
        {a.read ? '' : <span aria-label={t('item.unread')}>{UNREAD_DOT}</span>}
        <bdi>{a.title}</bdi> <span className="muted">{date(a.createdAt)}</span>
        {a.editedAt && <span className="muted"> {t('item.edited', { date: date(a.editedAt) })}</span>}
        {a.readCount !== null && <span className="muted"> · {t('item.readBy', { count: a.readCount, n: number(a.readCount) })}</span>}
      </summary>
      {mode === 'edit' ? (
        <form onSubmit={save} aria-label={t('item.editForm', { title: isolate(a.title) })}>
          <label>
            {t('item.title')} <input name="title" defaultValue={a.title} required maxLength={200} />
          </label>
          <label>
            {t('item.message')} <textarea name="body" defaultValue={a.body} required maxLength={5000} rows={4} />
          </label>
          <p className="muted">{t('item.editHint')}</p>
          {edit.isError && <p role="alert">{errorMessage(edit.error, t('item.notSaved'))}</p>}
          <button type="submit" disabled={edit.isPending}>
            {t('item.save')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('read')}>
            {t('item.cancel')}
          </button>
        </form>
      ) : (
        <p className="announcement-body">{a.body}</p>
      )}
      {a.readCount !== null && (
        <div>
          <button type="button" className="secondary" aria-expanded={showReaders} onClick={() => setShowReaders(!showReaders)}>
            {showReaders ? t('item.hideReaders') : t('item.whoRead')}
          </button>
          {showReaders &&
            (receipts.isError ? (
              <div role="alert" className="load-error">
                <p>{errorMessage(receipts.error)}</p>
                <button type="button" onClick={() => void receipts.refetch()}>
                  {t('item.retry')}
                </button>
              </div>
            ) : receipts.data ? (
              <>
                <p>
                  {t('item.haveRead', {
                    count: receipts.data.readCount,
                    read: number(receipts.data.readCount),
                    n: number(receipts.data.audienceCount),
                  })}
                </p>
                {receipts.data.readers.length > 0 && (
                  <ul>
                    {receipts.data.readers.map((r) => (
                      <li key={r.userId}>
                        <bdi>{r.name ?? t('item.removedAccount')}</bdi>{' '}
                        <span className="muted">{t('item.reader', { role: roleName(r.role), date: date(r.readAt) })}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ) : (
              <p role="status">{t('item.loading')}</p>
            ))}
        </div>
      )}
      {isAdmin && mode === 'read' && (
        <p className="row">
          <button type="button" className="secondary" onClick={() => setMode('edit')}>
            {t('item.edit')}
          </button>
          <button type="button" className="secondary" onClick={() => setMode('delete')}>
            {t('item.delete')}
          </button>
        </p>
      )}
      {mode === 'delete' && (
        <div role="group" aria-label={t('item.confirmDeletion')} className="confirm-box">
          <p>{t('item.deleteQuestion', { title: isolate(a.title) })}</p>
          {remove.isError && <p role="alert">{errorMessage(remove.error, t('item.notDeleted'))}</p>}
          <button type="button" onClick={() => remove.mutate(a.id)} disabled={remove.isPending}>
            {t('item.deleteIt')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('read')}>
            {t('item.keepIt')}
          </button>
        </div>
      )}
    </details>
  );
}
