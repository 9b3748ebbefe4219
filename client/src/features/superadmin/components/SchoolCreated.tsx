import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { CreatedSchool } from '../api/schools';
import { schoolPath, schoolUrl } from '../school-links';

/** What the wizard made: the portal's address, how the first admin gets in, the DNS record of a custom domain. */
export function SchoolCreated({ created }: { created: CreatedSchool }) {
  const { t } = useTranslation('superadmin');
  const url = schoolUrl(created.subdomain);
  return (
    <section className="card-item">
      <h1>{t('created.title')}</h1>
      <p>
        <Trans
          t={t}
          i18nKey={created.adminInvitationUrl ? 'created.portalInvited' : 'created.portalWelcome'}
          values={{ url }}
          components={{ portal: <a href={url} dir="ltr" /> }}
        />
      </p>
      {created.adminInvitationUrl && (
        <p>
          {t('created.fallback')} <code dir="ltr">{new URL(created.adminInvitationUrl, url).toString()}</code>
        </p>
      )}
      {created.pendingDomain && (
        <p>
          <Trans
            t={t}
            i18nKey="created.domain"
            values={{ name: created.pendingDomain.record.name, value: created.pendingDomain.record.value }}
            components={{ code: <code dir="ltr" /> }}
          />
        </p>
      )}
      <p className="row start">
        <Link to={schoolPath(created.id)}>{t('created.open', { name: created.name })}</Link>
        <Link to={paths.consoleSchools}>{t('created.back')}</Link>
      </p>
    </section>
  );
}
