// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { api, session } from '../../lib/api';
import { fakeApi } from '../../test/fake-api';
import { chooseLanguage } from '../../i18n';
import { saveOwnLanguage } from '../../features/account/api/own-language';
import { Pager } from '../../components/Pager';
import { Shell } from './Shell';

const tenant = {
  id: 't1',
  name: 'Lycée Voltaire',
  subdomain: 'voltaire',
  theme: { primaryColor: '#1d4ed8', secondaryColor: '#0f766e', fontFamily: 'system-ui' },
  features: ['financialManagement'],
};
const user = { id: 'u1', name: 'Hélène Durand', email: 'helene@voltaire.test', role: 'admin' as const, language: null };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'PUT /api/auth/me/language': (req) => [200, { language: (req.body as { language: string | null }).language }],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(async () => {
  cleanup();
  // Back to English (this browser's own language) for the other tests.
  await chooseLanguage(null);
});

const renderShell = () =>
  render(
    <MemoryRouter>
      <Routes>
        <Route
          element={<Shell tenant={tenant} user={user} onSignOut={() => undefined} onChooseLanguage={(lng) => void saveOwnLanguage(lng)} />}
        >
          <Route index element={<Pager page={2} totalPages={3} total={1234} noun="Élèves" onPage={() => undefined} />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );

describe('the signed-in frame in another language', () => {
  it('reads in French, with French numbers, once French is chosen', async () => {
    await chooseLanguage('fr');
    renderShell();
    const nav = screen.getByRole('navigation', { name: 'Menu principal' });
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Élèves' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Frais de scolarité' })).toBeTruthy();
    expect(within(nav).getByRole('heading', { name: 'Secrétariat' })).toBeTruthy();
    expect(screen.getByText('(administrateur)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
    // French writes 1 234 (a narrow no-break space) and puts a space before the colon.
    expect(screen.getByRole('navigation', { name: 'Pages' }).textContent).toMatch(/^PrécédentePage 2 sur 3 · Élèves : 1\u202f234Suivante$/);
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('switches to Arabic from the header menu, right to left, and saves it to the account', async () => {
    session.set({ accessToken: 'token', user });
    renderShell();
    expect(screen.getByRole('link', { name: 'Home' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });
    // The Arabic words load as one chunk on first use.
    await screen.findByRole('link', { name: 'الرئيسية' }, { timeout: 10_000 });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    // Numbers as the Arabic locale writes them (this ICU's default digits for "ar").
    const total = new Intl.NumberFormat('ar').format(1234);
    expect(screen.getByRole('navigation', { name: 'الصفحات' }).textContent).toBe(`السابقةالصفحة 2 من 3 · Élèves: ${total}التالية`);
    await waitFor(() => expect(server.seen.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([{ language: 'ar' }]));
    await waitFor(() => expect(session.currentUser?.language).toBe('ar'));
    session.clear();
  });
});
