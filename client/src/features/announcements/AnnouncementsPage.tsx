import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';

interface Announcement {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** Announcements for me (school-wide, my role, my classes); opening one records the read receipt. */
export function AnnouncementsPage() {
  const list = useApi(async () => (await api.get<{ data: Announcement[]; total: number }>('/announcements')).data, []);
  return (
    <section>
      <h1>Announcements</h1>
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
              {a.title} <span className="muted">{new Date(a.createdAt).toLocaleDateString()}</span>
            </summary>
            <p>{a.body}</p>
          </details>
        ))}
      </AsyncState>
    </section>
  );
}
