import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { PasswordLinkPage } from './NewPasswordForm';
import { resetPassword } from './school-api';
import type { PublicTenant } from '../../lib/public-tenant';

/** The page a reset link opens (`?token=`): a new password, typed twice; then sign in again everywhere. */
export function ResetPasswordPage({ tenant }: { tenant: PublicTenant }) {
  const { t } = useTranslation('auth');
  return (
    <PasswordLinkPage
      schoolName={tenant.name}
      form={{
        title: t('reset.title'),
        intro: t('reset.intro'),
        submitLabel: t('reset.submit'),
        deadLinkCode: 'INVALID_RESET_TOKEN',
      }}
      save={(token, password) => resetPassword({ token, password })}
      done={t('reset.done')}
      dead={
        <>
          <p role="alert">{t('reset.dead')}</p>
          <Link to={paths.forgotPassword}>{t('reset.askAgain')}</Link>
        </>
      }
    />
  );
}
