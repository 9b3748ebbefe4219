import { useLogo } from '../../lib/logo';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../../components/LanguageMenu';
import type { Language } from '../../i18n';
import { paths } from '../../config/paths';
import { SignInForm } from '../../components/SignInForm';
import type { PublicTenant } from '../../lib/public-tenant';
import type { SessionUser } from '../../lib/session';
import { login } from './school-api';

/** The school's sign-in page, in its colours and with its logo, with a language menu before anyone signs in. */
export function LoginPage({
  tenant,
  onSignedIn,
  onChooseLanguage,
}: {
  tenant: PublicTenant;
  onSignedIn: (u: SessionUser) => Promise<void> | void;
  onChooseLanguage?: (lng: Language) => void;
}) {
  const { t } = useTranslation('auth');
  const logo = useLogo(tenant.theme.logoUrl ?? tenant.logo);
  return (
    <main className="card" id="main">
      <header className="brand">
        {logo && <img src={logo} alt="" width={48} height={48} />}
        <div>
          <h1>{tenant.name}</h1>
          {tenant.motto && <p className="muted">{tenant.motto}</p>}
        </div>
        <LanguageMenu onChoose={onChooseLanguage} />
      </header>
      <SignInForm
        label={t('signIn')}
        onSubmit={async (credentials) => onSignedIn(await login(credentials))}
        after={
          <p>
            <Link to={paths.forgotPassword}>{t('forgotPassword')}</Link>
          </p>
        }
      />
    </main>
  );
}
