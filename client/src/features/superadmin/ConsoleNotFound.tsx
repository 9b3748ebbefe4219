import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { paths } from '../../config/paths';

/** An address inside the console that names no page (a mistyped or old link). */
export function ConsoleNotFound() {
  const { t } = useTranslation('superadmin');
  const { pathname } = useLocation();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Trans t={t} i18nKey="notFound.text" values={{ path: pathname }} components={{ code: <code dir="ltr" /> }} />
      </p>
      <p>
        <Trans
          t={t}
          i18nKey="notFound.links"
          components={{ schools: <Link to={paths.consoleSchools} />, overview: <Link to={paths.superadmin} /> }}
        />
      </p>
    </section>
  );
}
