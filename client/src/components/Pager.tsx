import { useTranslation } from 'react-i18next';
import { number } from '../lib/format';
import { currentLocale } from '../i18n';

/**
 * Previous / next for a server-side list, with where the reader is. The total reads "Students: 87" (a label and a
 * figure) rather than "87 students", so `noun` (what is counted, plural, in the shown language) never has to agree
 * with the number; it starts the phrase, so its first letter is made a capital where the script has them.
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
  const label = noun.charAt(0).toLocaleUpperCase(currentLocale()) + noun.slice(1);
  return (
    <nav className="row" aria-label={t('pager.label')}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      <span>
        {t('pager.page', { page: number(page), pages: number(Math.max(totalPages, 1)) })} ·{' '}
        {t('pager.total', { noun: label, total: number(total) })}
      </span>
      <button type="button" disabled={page >= totalPages} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
