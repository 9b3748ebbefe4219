import { useState, type FormEvent } from 'react';
import { useSchoolTime } from '../../../lib/school-time';
import { errorMessage } from '../../../lib/query';
import { useDeleteAnnouncement, useEditAnnouncement, useMarkRead, useReceipts, type Announcement } from '../api/announcements';

/** One announcement: opening it records that I read it; admins and its author see who read it; admins correct or withdraw it. */
export function AnnouncementItem({ a, isAdmin }: { a: Announcement; isAdmin: boolean }) {
  const { date } = useSchoolTime();
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
        {a.read ? '' : <span aria-label="unread">● </span>}
        {a.title} <span className="muted">{date(a.createdAt)}</span>
        {a.editedAt && <span className="muted"> (edited {date(a.editedAt)})</span>}
        {a.readCount !== null && <span className="muted"> · read by {a.readCount}</span>}
      </summary>
      {mode === 'edit' ? (
        <form onSubmit={save} aria-label={`Edit ${a.title}`}>
          <label>
            Title <input name="title" defaultValue={a.title} required maxLength={200} />
          </label>
          <label>
            Message <textarea name="body" defaultValue={a.body} required maxLength={5000} rows={4} />
          </label>
          <p className="muted">It will show as edited. Emails and SMS already sent are not sent again.</p>
          {edit.isError && <p role="alert">{errorMessage(edit.error, 'Could not save')}</p>}
          <button type="submit" disabled={edit.isPending}>
            Save
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('read')}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="announcement-body">{a.body}</p>
      )}
      {a.readCount !== null && (
        <div>
          <button type="button" className="secondary" aria-expanded={showReaders} onClick={() => setShowReaders(!showReaders)}>
            {showReaders ? 'Hide readers' : 'Who read it'}
          </button>
          {showReaders &&
            (receipts.isError ? (
              <div role="alert" className="load-error">
                <p>{errorMessage(receipts.error)}</p>
                <button type="button" onClick={() => void receipts.refetch()}>
                  Retry
                </button>
              </div>
            ) : receipts.data ? (
              <>
                <p>
                  {receipts.data.readCount} of {receipts.data.audienceCount} have read it.
                </p>
                {receipts.data.readers.length > 0 && (
                  <ul>
                    {receipts.data.readers.map((r) => (
                      <li key={r.userId}>
                        {r.name ?? 'A removed account'}{' '}
                        <span className="muted">
                          ({r.role ?? '—'}, {date(r.readAt)})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ) : (
              <p role="status">Loading…</p>
            ))}
        </div>
      )}
      {isAdmin && mode === 'read' && (
        <p className="row">
          <button type="button" className="secondary" onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" className="secondary" onClick={() => setMode('delete')}>
            Delete
          </button>
        </p>
      )}
      {mode === 'delete' && (
        <div role="group" aria-label="Confirm deletion" className="confirm-box">
          <p>Delete “{a.title}”? Nobody will see it any more; emails already sent stay sent.</p>
          {remove.isError && <p role="alert">{errorMessage(remove.error, 'Could not delete')}</p>}
          <button type="button" onClick={() => remove.mutate(a.id)} disabled={remove.isPending}>
            Delete it
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('read')}>
            Keep it
          </button>
        </div>
      )}
    </details>
  );
}
