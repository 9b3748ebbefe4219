import { chooseLanguage, type Language } from '../i18n';
import type { SessionUser } from '../lib/session';
import { saveOwnLanguage } from '../features/account/api/own-language';

/**
 * After sign-in or a restored session: the account's own language is shown when it has one. An account without one
 * (null) shows the school's default, unless the person picked a language on the sign-in page just now: that choice
 * is kept and saved to the account, rather than switching language under them as they arrive.
 */
export async function followAccountLanguage(user: SessionUser | null, pickedOnSignIn: Language | null) {
  // `undefined`: an older server that does not say; the browser's choice stays.
  if (!user || user.language === undefined) return;
  if (user.language === null && pickedOnSignIn) {
    await saveOwnLanguage(pickedOnSignIn).catch(() => undefined);
    return;
  }
  await chooseLanguage(user.language);
}
