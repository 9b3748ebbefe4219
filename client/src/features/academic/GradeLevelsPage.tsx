import { ResourcePage } from '../../components/ResourcePage';
import type { SessionUser } from '../../lib/session';

type Role = SessionUser['role'];

interface GradeLevel {
  id: string;
  name: string;
  order: number;
}

export function GradeLevelsPage({ role }: { role: Role }) {
  return (
    <ResourcePage<GradeLevel>
      title="Grade levels"
      endpoint="/grade-levels"
      defaultSort="order"
      searchable={false}
      canWrite={role === 'admin'}
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
