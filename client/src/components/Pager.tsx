import { useTranslation } from 'react-i18next';
import { number } from '../lib/format';

/**
 * Previous / next for a server-side list, with where the reader is. The total reads "Students: 87" (a label and a
 * figure) rather than "87 students", so `noun` (in the shown language) never has to agree with the number.
 */
export function Pager({
  page,
  totalPages,
  total,
  noun,
  onPage,
}: {
  page: number;
  totalPages: number;
  total: number;
  noun: string;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="row" aria-label={t('pager.label')}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      <span>
        {t('pager.page', { page: number(page), pages: number(Math.max(totalPages, 1)) })} ·{' '}
        {t('pager.total', { noun, count: number(total) })}
      </span>
      <button type="button" disabled={page >= totalPages} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
