import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../config/paths';
import { errorBody } from '../../lib/http';
import { CATEGORY_LABELS, confirmUnsubscribe, readUnsubscribe, type UnsubscribeInfo } from './preferences-api';

type State = { kind: 'loading' } | { kind: 'ready'; info: UnsubscribeInfo; done: boolean } | { kind: 'invalid'; message: string };

/**
 * The page an email's unsubscribe link opens (no sign-in): it says what will
 * be turned off, and turns it off only when the button is pressed (opening the
 * link changes nothing: mail scanners open links too).
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<State>(token ? { kind: 'loading' } : { kind: 'invalid', message: 'This link has no token.' });

  useEffect(() => {
    if (!token) return;
    readUnsubscribe(token).then(
      (info) => setState({ kind: 'ready', info, done: !info.email }),
      (err) => setState({ kind: 'invalid', message: errorBody(err)?.message ?? 'This link could not be read.' }),
    );
  }, [token]);

  const confirm = async () => {
    try {
      const info = await confirmUnsubscribe(token);
      setState({ kind: 'ready', info, done: true });
    } catch (err) {
      setState({ kind: 'invalid', message: errorBody(err)?.message ?? 'This link could not be used.' });
    }
  };

  if (state.kind === 'loading') return <p role="status">Loading…</p>;
  if (state.kind === 'invalid')
    return (
      <main className="card">
        <h1>Unsubscribe</h1>
        <p role="alert">{/[.!?]$/.test(state.message) ? state.message : `${state.message}.`}</p>
        <p>
          You can still choose what you receive on your account page: <Link to={paths.account}>sign in to your account</Link>.
        </p>
      </main>
    );
  const what = CATEGORY_LABELS[state.info.category].toLowerCase();
  return (
    <main className="card">
      <h1>{state.info.school}</h1>
      {state.done ? (
        <p role="status">
          You will no longer receive {what} by email. You can turn them back on from <Link to={paths.account}>your account page</Link>.
        </p>
      ) : (
        <>
          <p>
            Stop receiving {what} by email from {state.info.school}? Other messages, and text messages, are not changed.
          </p>
          <button type="button" onClick={() => void confirm()}>
            Unsubscribe from {what}
          </button>
        </>
      )}
    </main>
  );
}
