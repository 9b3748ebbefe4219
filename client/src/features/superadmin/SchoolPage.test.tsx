// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { chooseLanguage } from '../../i18n';
import { platformApi, platformSession } from '../../lib/platform-api';
import { fakeApi, page } from '../../test/fake-api';
import { renderConsole } from './render-console';

const school = {
  id: 's1',
  name: 'Lycée Sahel',
  subdomain: 'sahel',
  customDomain: null,
  status: 'suspended',
  active: false,
  statusReason: 'Facture impayée',
  purgeAt: null,
  trialEndsAt: null,
  schoolConfig: { timeZone: 'Africa/Dakar', language: 'fr', locale: 'fr-SN', weekStart: 1 },
  databaseConfig: { databaseName: 'school_sahel', dedicated: false },
  features: { parentPortal: true, library: true },
  theme: {},
  subscription: { plan: 'basic', status: 'past_due' },
  limits: { maxStudents: 1500, maxTeachers: 1, maxStorageMb: 1024, requestsPerMinute: 600 },
  createdAt: '2026-11-02T10:00:00.000Z',
};
const counts = { sent: 0, delivered: 0, failed: 0, bounced: 0, dead: 0 };
const usage = {
  tenantId: 's1',
  limits: school.limits,
  students: 1234,
  teachers: 1,
  users: 2,
  activeUsersToday: 1,
  signedIn: [{ day: '2026-12-01', accounts: 1 }],
  storageBytes: 5_452_595,
  requests: { last30Days: 12_500, byDay: [{ day: '2026-12-01', requests: 12_500 }] },
  history: [],
  messages: { last30Days: { emails: 1, sms: 3, smsSegments: 4 } },
};

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/superadmin/tenants/s1': () => [200, school],
    'GET /api/superadmin/tenants/s1/usage': () => [200, usage],
    'GET /api/superadmin/tenants/s1/messages': () => [
      200,
      { queue: null, outbox: { total: 3, problems: 0 }, byDay: [{ day: '2026-12-01', email: counts, sms: counts }] },
    ],
    'GET /api/superadmin/tenants/s1/status-history': () => [
      200,
      {
        data: [{ at: '2026-11-20T09:00:00.000Z', from: 'active', to: 'suspended', actor: 'root@platform.test', reason: 'Facture impayée' }],
      },
    ],
    'GET /api/superadmin/tenants/s1/domain': () => [200, { domain: null, pending: null }],
    'GET /api/superadmin/audit': () => [200, page([])],
  });
  server.attach(platformApi, '/api/superadmin');
  platformSession.set({ accessToken: 'operator-token' });
  await chooseLanguage('fr');
});
afterAll(async () => {
  await chooseLanguage(null);
  await server.close();
});
afterEach(cleanup);

// French groups thousands with a narrow no-break space (Testing Library reads any white space as one space).
const NNBSP = '\u202f';

describe('a school’s console page in French', () => {
  it('shows its facts, status and usage in French words, with French numbers and dates', async () => {
    renderConsole('/superadmin/schools/s1');
    await screen.findByRole('heading', { level: 1, name: 'Lycée Sahel' }, { timeout: 5000 });
    expect(screen.getByText('suspendu', { selector: '.badge' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifier' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Activer Lycée Sahel' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Tous les établissements' })).toBeTruthy();

    const facts = screen.getByText('Formule', { selector: 'dt' }).closest('dl')!;
    expect(within(facts).getByText('Essentiel (paiement en retard)')).toBeTruthy();
    // Plurals by count (one teacher), French thousands and units.
    const limits = within(facts).getByText('1 500 élèves, 1 enseignant, 1 024 Mo, 600 requêtes par minute');
    expect(limits.textContent).toContain(`1${NNBSP}500`);
    expect(within(facts).getByText('Portail des parents et Bibliothèque')).toBeTruthy();
    expect(within(facts).getByText('Heure et langue').nextElementSibling!.textContent).toBe(
      'Africa/Dakar · Français · paramètres régionaux fr-SN · la semaine commence le lundi',
    );
    expect(within(facts).getByText(/^2 nov\. 2026/)).toBeTruthy();

    // Usage: sizes, counts and chart days written the French way.
    expect(await screen.findAllByText('1 234 sur 1 500', {}, { timeout: 5000 })).toHaveLength(2); // the bar and its table
    expect(screen.getByText(/^5,2 Mo stockés · 2 comptes utilisateurs · 1 connecté aujourd’hui · /)).toBeTruthy();
    expect(screen.getByText(/12 500 requêtes en 30 jours/)).toBeTruthy();
    expect(screen.getByText('Requêtes par jour (14 derniers jours)', { selector: 'figcaption' })).toBeTruthy();
    expect(screen.getAllByText('1 déc.').length).toBeGreaterThan(0);

    // The status history in French, the change’s reason kept as typed.
    expect(await screen.findByRole('heading', { name: 'Historique des statuts' }, { timeout: 5000 })).toBeTruthy();
    const change = await screen.findByText(
      (_, el) => el?.tagName === 'LI' && /^20 nov\. 2026/.test(el.textContent ?? ''),
      {},
      { timeout: 5000 },
    );
    expect(change.textContent).toMatch(/ : actif → suspendu par root@platform\.test \(Facture impayée\)$/);
  });
});
