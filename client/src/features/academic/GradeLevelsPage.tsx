import { ResourcePage } from '../../components/ResourcePage';
import type { SessionUser } from '../../lib/session';
import type { GradeLevel } from './api/academic';

type Role = SessionUser['role'];

export function GradeLevelsPage({ role }: { role: Role }) {
  return (
    <ResourcePage<GradeLevel>
      title="Grade levels"
      endpoint="/grade-levels"
      defaultSort="order"
      searchable={false}
      canWrite={role === 'admin'}
      emptyHint={{ text: 'No grade levels yet. Add them in order (e.g. Grade 1, order 1), then the classes of each grade.' }}
      columns={[
        { label: 'Order', value: (g) => g.order, sort: 'order' },
        { label: 'Name', value: (g) => g.name, sort: 'name' },
      ]}
      fields={[
        { name: 'name', label: 'Name', required: true },
        { name: 'order', label: 'Order', type: 'number', required: true },
      ]}
      toForm={(g) => ({ name: g.name, order: String(g.order) })}
    />
  );
}
