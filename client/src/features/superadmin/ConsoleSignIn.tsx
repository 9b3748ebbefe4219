import { useTranslation } from 'react-i18next';
import { SignInForm } from '../../components/SignInForm';
import { signIn } from './api/session';

/** The console's sign-in page (an operator's account, never a school's). */
export function ConsoleSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation('superadmin');
  return (
    <main className="card" id="main">
      <h1>{t('console')}</h1>
      <SignInForm
        label={t('signIn')}
        onSubmit={async (credentials) => {
          await signIn(credentials);
          onSignedIn();
        }}
      />
    </main>
  );
}
