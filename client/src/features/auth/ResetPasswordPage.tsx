import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { PasswordLinkPage } from './NewPasswordForm';
import { resetPassword } from './school-api';
import type { PublicTenant } from '../../lib/public-tenant';

/** The page a reset link opens (`?token=`): a new password, typed twice; then sign in again everywhere. */
export function ResetPasswordPage({ tenant }: { tenant: PublicTenant }) {
  return (
    <PasswordLinkPage
      schoolName={tenant.name}
      form={{
        title: 'Choose a new password',
        intro: 'Choose a new password (at least 10 characters).',
        submitLabel: 'Set new password',
        deadLinkCode: 'INVALID_RESET_TOKEN',
      }}
      save={(token, password) => resetPassword({ token, password })}
      done="Your new password is set. You were signed out on every device: sign in again."
      dead={
        <>
          <p role="alert">This link is invalid, already used or expired.</p>
          <Link to={paths.forgotPassword}>Ask for a new link</Link>
        </>
      }
    />
  );
}
