import { SignInForm } from '../../components/SignInForm';
import { signIn } from './api/session';

/** The console's sign-in page (an operator's account, never a school's). */
export function ConsoleSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  return (
    <main className="card" id="main">
      <h1>Platform console</h1>
      <SignInForm
        label="Super admin sign in"
        onSubmit={async (credentials) => {
          await signIn(credentials);
          onSignedIn();
        }}
      />
    </main>
  );
}
