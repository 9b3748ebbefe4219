import { ResourcePage } from '../../components/ResourcePage';
import type { SessionUser } from '../../lib/session';
import type { Year } from './api/academic';

type Role = SessionUser['role'];

export function AcademicYearsPage({ role }: { role: Role }) {
  return (
    <ResourcePage<Year>
      title="Academic years"
      endpoint="/academic-years"
      defaultSort="-startDate"
      searchable={false}
      canWrite={role === 'admin'}
      emptyHint={{ text: 'No academic year yet. Add the school year with its terms, one per line: name, first day, last day.' }}
      columns={[
        { label: 'Year', value: (y) => (y.isCurrent ? `${y.name} (current)` : y.name), sort: 'name' },
        { label: 'From', value: (y) => y.startDate, sort: 'startDate' },
        { label: 'To', value: (y) => y.endDate },
        { label: 'Terms', value: (y) => y.terms.map((t) => t.name).join(', ') || '—' },
      ]}
      fields={[
        { name: 'name', label: 'Name', required: true },
        { name: 'startDate', label: 'Starts', type: 'date', required: true },
        { name: 'endDate', label: 'Ends', type: 'date', required: true },
        { name: 'terms', label: 'Terms, one per line: name, first day, last day', type: 'textarea' },
      ]}
      transform={({ terms, ...b }) =>
        terms === undefined
          ? b
          : {
              ...b,
              terms: String(terms)
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean)
                .map((l) => {
                  const [name = '', startDate = '', endDate = ''] = l.split(',').map((p) => p.trim());
                  return { name, startDate, endDate };
                }),
            }
      }
      toForm={(y) => ({
        name: y.name,
        startDate: y.startDate,
        endDate: y.endDate,
        terms: y.terms.map((t) => `${t.name}, ${t.startDate}, ${t.endDate}`).join('\n'),
      })}
    />
  );
}
