import { useState, type FormEvent } from 'react';
import { api } from '../../lib/api';
import { fieldErrors } from '../../components/field-errors';
import type { SessionUser } from '../../lib/session';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';
import { useSchoolTime } from '../../lib/school-time';

interface Announcement {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** Announcements for me (school-wide, my role, my classes); opening one records the read receipt. */
export function AnnouncementsPage({ role, features = [] }: { role: SessionUser['role']; features?: string[] }) {
  const list = useApi(async () => (await api.get<{ data: Announcement[]; total: number }>('/announcements')).data, []);
  const { date } = useSchoolTime();
  return (
    <section>
      <h1>Announcements</h1>
      {(role === 'admin' || role === 'teacher') && (
        <Composer role={role} sms={features.includes('smsNotifications')} onPosted={list.reload} />
      )}
      <AsyncState loading={list.loading} error={list.error} empty={list.data?.total === 0}>
        {list.data?.data.map((a) => (
          <details
            key={a.id}
            className="card-item"
            onToggle={(e) => {
              if ((e.target as HTMLDetailsElement).open && !a.read) void api.post(`/announcements/${a.id}/read`).then(list.reload);
            }}
          >
            <summary>
              {a.read ? '' : '● '}
              {a.title} <span className="muted">{date(a.createdAt)}</span>
            </summary>
            <p>{a.body}</p>
          </details>
        ))}
      </AsyncState>
    </section>
  );
}

/**
 * Admins announce to the school, a role or a class; teachers to the classes they teach. It can also go by
 * email and/or SMS (where the school sends SMS) to the same people, as each of them chose in their preferences.
 */
function Composer({ role, sms, onPosted }: { role: 'admin' | 'teacher'; sms: boolean; onPosted: () => void }) {
  const [audience, setAudience] = useState(role === 'admin' ? 'school' : 'class');
  const [error, setError] = useState<string | null>(null);
  const classes = useApi(
    async () => (await api.get<{ data: { id: string; name: string }[] }>('/classes', { params: { limit: 100 } })).data.data,
    [],
  );
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const body: Record<string, unknown> = { title: f.get('title'), body: f.get('body'), audience };
    if (audience === 'class') body.classId = f.get('classId');
    if (audience === 'role') body.role = f.get('role');
    const channels = ['email', 'sms'].filter((c) => f.get(`by-${c}`) === 'on');
    if (channels.length) body.channels = channels;
    try {
      await api.post('/announcements', body);
      setError(null);
      form.reset();
      onPosted();
    } catch (err) {
      setError(fieldErrors(err).form);
    }
  };
  return (
    <details className="card-item">
      <summary>New announcement</summary>
      <form onSubmit={submit} aria-label="New announcement">
        <label>
          Title <input name="title" required maxLength={200} />
        </label>
        <label>
          Message <textarea name="body" required maxLength={5000} rows={4} />
        </label>
        <label>
          To
          <select value={audience} onChange={(e) => setAudience(e.target.value)}>
            {role === 'admin' && <option value="school">The whole school</option>}
            {role === 'admin' && <option value="role">One role</option>}
            <option value="class">One class</option>
          </select>
        </label>
        {audience === 'class' && (
          <label>
            Class
            <select name="classId" required>
              {classes.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {audience === 'role' && (
          <label>
            Role
            <select name="role">
              {['parent', 'teacher', 'student', 'staff', 'admin'].map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
        )}
        <fieldset>
          <legend>Also send it</legend>
          <label className="inline">
            <input type="checkbox" name="by-email" /> By email
          </label>
          {sms && (
            <label className="inline">
              <input type="checkbox" name="by-sms" /> By SMS
            </label>
          )}
        </fieldset>
        {error && <p role="alert">{error}</p>}
        <button type="submit">Post</button>
      </form>
    </details>
  );
}
