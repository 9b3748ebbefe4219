// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, session } from '../lib/api';
import { fakeApi } from '../test/fake-api';
import { applySchoolLanguage, chooseLanguage, currentLanguage } from '../i18n';
import { followAccountLanguage } from './account-language';

const user = { id: 'u1', name: 'Layla Haddad', email: 'layla@nour.test', role: 'parent' as const };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'PUT /api/auth/me/language': (req) => [200, { language: (req.body as { language: string | null }).language }],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
beforeEach(async () => {
  server.seen.splice(0);
  // A school whose default is Arabic.
  await applySchoolLanguage('ar', undefined);
});
afterEach(async () => {
  session.clear();
  await applySchoolLanguage(undefined, undefined);
  await chooseLanguage(null);
});

describe('after sign-in, the account decides the language', () => {
  it("shows the account's own language over the school's", async () => {
    await followAccountLanguage({ ...user, language: 'es' }, null);
    expect(currentLanguage()).toBe('es');
    expect(localStorage.getItem('language')).toBe('es');
    expect(server.seen).toEqual([]);
  });

  it("an account without one shows the school's default, forgetting an older choice of this browser", async () => {
    await chooseLanguage('fr');
    await followAccountLanguage({ ...user, language: null }, null);
    expect(currentLanguage()).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('keeps a language picked on the sign-in page just now, and saves it to the account', async () => {
    session.set({ accessToken: 'token', user: { ...user, language: null } });
    await chooseLanguage('fr');
    await followAccountLanguage({ ...user, language: null }, 'fr');
    expect(currentLanguage()).toBe('fr');
    expect(server.seen.map((r) => [r.method, r.path, r.body])).toEqual([['PUT', '/api/auth/me/language', { language: 'fr' }]]);
    expect(session.currentUser?.language).toBe('fr');
  });

  it("changes nothing when the server does not say (an older server's user has no language)", async () => {
    await chooseLanguage('es');
    await followAccountLanguage(user, null);
    expect(currentLanguage()).toBe('es');
  });
});
