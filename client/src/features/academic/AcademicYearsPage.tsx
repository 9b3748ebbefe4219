import { useTranslation } from 'react-i18next';
import { ResourcePage, type Field } from '../../components/ResourcePage';
import type { Column } from '../../components/DataTable';
import { dayLabel } from '../../lib/format';
import type { SessionUser } from '../../lib/session';
import type { Year } from './api/academic';
import { listOf, splitList } from './list';

type Role = SessionUser['role'];

// An address and a field name, not words: kept out of the JSX the literal-string lint reads.
const LIST = { endpoint: '/academic-years', defaultSort: '-startDate' } as const;

/** A school day (`YYYY-MM-DD`) in a table: "1 Sept 2026", "1 سبتمبر 2026". */
const day = (iso: string) => dayLabel(iso, { year: true, weekday: false });

export function AcademicYearsPage({ role }: { role: Role }) {
  const { t } = useTranslation('academic');
  const columns: Column<Year>[] = [
    { label: t('years.year'), value: (y) => (y.isCurrent ? t('years.current', { name: y.name }) : y.name), sort: 'name' },
    { label: t('years.from'), value: (y) => day(y.startDate), sort: 'startDate' },
    { label: t('years.to'), value: (y) => day(y.endDate) },
    { label: t('years.terms'), value: (y) => listOf(y.terms.map((term) => term.name)) || '—' },
  ];
  const fields: Field[] = [
    { name: 'name', label: t('name'), required: true },
    { name: 'startDate', label: t('years.starts'), type: 'date', required: true },
    { name: 'endDate', label: t('years.ends'), type: 'date', required: true },
    { name: 'terms', label: t('years.termsField'), type: 'textarea' },
  ];
  return (
    <ResourcePage<Year>
      title={t('years.title')}
      {...LIST}
      searchable={false}
      canWrite={role === 'admin'}
      emptyHint={{ text: t('years.empty') }}
      columns={columns}
      fields={fields}
      transform={({ terms, ...b }) =>
        terms === undefined
          ? b
          : {
              ...b,
              terms: splitList(String(terms), /\n/).map((line) => {
                const [name = '', startDate = '', endDate = ''] = splitList(line);
                return { name, startDate, endDate };
              }),
            }
      }
      toForm={(y) => ({
        name: y.name,
        startDate: y.startDate,
        endDate: y.endDate,
        terms: y.terms.map((term) => `${term.name}, ${term.startDate}, ${term.endDate}`).join('\n'),
      })}
    />
  );
}
