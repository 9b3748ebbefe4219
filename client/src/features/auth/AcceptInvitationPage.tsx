import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { acceptInvitation } from './school-api';
import { paths } from '../../config/paths';
import { PasswordLinkPage } from './NewPasswordForm';
import type { PublicTenant } from '../../lib/public-tenant';

/** The page a set-password link opens: choose a password once, then sign in. */
export function AcceptInvitationPage({ tenant }: { tenant: PublicTenant }) {
  const { t } = useTranslation('auth');
  return (
    <PasswordLinkPage
      schoolName={tenant.name}
      form={{
        title: t('invitation.title'),
        intro: t('invitation.intro'),
        submitLabel: t('invitation.submit'),
        deadLinkCode: 'INVALID_INVITATION',
      }}
      save={(token, password) => acceptInvitation({ token, password })}
      done={t('invitation.done')}
      dead={
        // A used, expired or revoked link will not work on a second try: say what to do instead of keeping the form.
        <>
          <p role="alert">{t('invitation.dead')}</p>
          <p className="row start">
            <Link to={paths.home}>{t('signIn')}</Link>
            <Link to={paths.forgotPassword}>{t('invitation.forgot')}</Link>
          </p>
        </>
      }
    />
  );
}
