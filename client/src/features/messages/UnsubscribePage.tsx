import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { errorBody } from '../../lib/http';
import { isolate } from '../../lib/bidi';
import { confirmUnsubscribe, readUnsubscribe, type UnsubscribeInfo } from './preferences-api';

type State = { kind: 'loading' } | { kind: 'ready'; info: UnsubscribeInfo; done: boolean } | { kind: 'invalid'; message: string };

/** A sentence ends with its punctuation, whichever script it is in (the server's messages may lack the full stop). */
const sentence = (text: string) => (/[.!?؟。]$/.test(text) ? text : `${text}.`);

/**
 * The page an email's unsubscribe link opens (no sign-in): it says what will
 * be turned off, and turns it off only when the button is pressed (opening the
 * link changes nothing: mail scanners open links too).
 */
export function UnsubscribePage() {
  const { t } = useTranslation('messages');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<State>(() => (token ? { kind: 'loading' } : { kind: 'invalid', message: t('unsubscribe.noToken') }));

  useEffect(() => {
    if (!token) return;
    readUnsubscribe(token).then(
      (info) => setState({ kind: 'ready', info, done: !info.email }),
      (err) => setState({ kind: 'invalid', message: errorBody(err)?.message ?? t('unsubscribe.unreadable') }),
    );
  }, [token, t]);

  const confirm = async () => {
    try {
      const info = await confirmUnsubscribe(token);
      setState({ kind: 'ready', info, done: true });
    } catch (err) {
      setState({ kind: 'invalid', message: errorBody(err)?.message ?? t('unsubscribe.unusable') });
    }
  };

  if (state.kind === 'loading') return <p role="status">{t('unsubscribe.loading')}</p>;
  if (state.kind === 'invalid')
    return (
      <main className="card">
        <h1>{t('unsubscribe.title')}</h1>
        <p role="alert">{sentence(state.message)}</p>
        <p>
          <Trans t={t} i18nKey="unsubscribe.stillChoose" components={[<Link key="account" to={paths.account} />]} />
        </p>
      </main>
    );
  // "fee reminders" as it reads inside a sentence (with its article where the language needs one).
  const words = { what: t(`unsubscribe.what.${state.info.category}`), school: isolate(state.info.school) };
  return (
    <main className="card">
      <h1>{state.info.school}</h1>
      {state.done ? (
        <p role="status">
          <Trans t={t} i18nKey="unsubscribe.done" values={words} components={[<Link key="account" to={paths.account} />]} />
        </p>
      ) : (
        <>
          <p>{t('unsubscribe.question', words)}</p>
          <button type="button" onClick={() => void confirm()}>
            {t('unsubscribe.button', words)}
          </button>
        </>
      )}
    </main>
  );
}
