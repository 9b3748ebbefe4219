// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { platformApi, platformSession } from '../../lib/platform-api';
import { fakeApi, page } from '../../test/fake-api';
import { renderConsole } from './render-console';

/** The machine running the tests may be busy: give answers time. */
const slow = { timeout: 10_000 };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/superadmin/tenants': () => [200, page([])],
    'GET /api/superadmin/subdomains/alpha': () => [
      200,
      { subdomain: 'alpha', available: false, reason: 'This subdomain is already taken' },
    ],
    'GET /api/superadmin/subdomains/gamma': () => [200, { subdomain: 'gamma', available: true, reason: null }],
    'POST /api/superadmin/tenants': (req) =>
      (req.body as { schoolConfig: { timeZone: string } }).schoolConfig.timeZone === 'Mars/Olympus'
        ? [
            400,
            {
              message: 'Invalid request',
              error: 'VALIDATION_ERROR',
              details: [{ path: 'schoolConfig.timeZone', message: 'must be an IANA time zone like Africa/Nairobi' }],
            },
          ]
        : (req.body as { admin: { password?: string } }).admin.password === undefined
          ? [
              201,
              {
                id: 't-gamma',
                name: 'Gamma High',
                subdomain: 'gamma',
                pendingDomain: null,
                adminInvitationUrl: '/accept-invitation?school=gamma&token=tok-tok-tok-tok',
              },
            ]
          : [
              400,
              {
                message: 'Invalid request',
                error: 'VALIDATION_ERROR',
                details: [{ path: 'admin.email', message: 'This address cannot receive mail' }],
              },
            ],
  });
  server.attach(platformApi, '/api/superadmin');
  platformSession.set({ accessToken: 'operator-token' });
});
afterAll(() => server.close());
afterEach(cleanup);

// The busy test machine and a four-field locale section on the first step: each walk through the wizard gets time.
describe('new-school wizard', { timeout: 30_000 }, () => {
  it('checks the subdomain as it is typed, and brings the API field errors back to their step', async () => {
    renderConsole('/superadmin/schools/new');
    await screen.findByRole('heading', { name: 'New school · step 1 of 3' }, slow);
    fireEvent.change(screen.getByLabelText('School name'), { target: { value: 'Gamma High' } });
    fireEvent.change(screen.getByLabelText('Subdomain'), { target: { value: 'alpha' } });
    expect(await screen.findByText('This subdomain is already taken', {}, slow)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);

    fireEvent.change(screen.getByLabelText('Subdomain'), { target: { value: 'gamma' } });
    await screen.findByText(/gamma\..* is available/, {}, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(screen.getByLabelText('Plan'), { target: { value: 'premium' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(screen.getByLabelText("First admin's name"), { target: { value: 'Gina' } });
    fireEvent.change(screen.getByLabelText("First admin's email"), { target: { value: 'gina@gamma' } });
    fireEvent.change(screen.getByLabelText("First admin's password"), { target: { value: 'long-enough-pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create school' }));

    await screen.findByText('This address cannot receive mail', {}, slow);
    expect(screen.getByLabelText("First admin's email").getAttribute('aria-invalid')).toBe('true');
    const sent = server.seen.find((r) => r.method === 'POST')!;
    expect(sent.headers.authorization).toBe('Bearer operator-token');
    expect(sent.body).toMatchObject({
      name: 'Gamma High',
      subdomain: 'gamma',
      plan: 'premium',
      admin: { name: 'Gina', email: 'gina@gamma', password: 'long-enough-pw' },
    });
    // The subdomain was checked against the platform, never with a school's header.
    await waitFor(() => expect(server.seen.every((r) => r.headers['x-tenant-id'] === undefined)).toBe(true));
  });

  it('without a password, invites the first admin and shows the invitation link as a fallback', async () => {
    renderConsole('/superadmin/schools/new');
    await screen.findByRole('heading', { name: 'New school · step 1 of 3' }, slow);
    fireEvent.change(screen.getByLabelText('School name'), { target: { value: 'Gamma High' } });
    fireEvent.change(screen.getByLabelText('Subdomain'), { target: { value: 'gamma' } });
    await screen.findByText(/gamma\..* is available/, {}, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(screen.getByLabelText("First admin's name"), { target: { value: 'Gina' } });
    fireEvent.change(screen.getByLabelText("First admin's email"), { target: { value: 'gina@gamma.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create school' }));

    expect(await screen.findByText(/emailed an invitation/, {}, slow)).toBeTruthy();
    expect(screen.getByText(/accept-invitation\?school=gamma&token=tok-tok-tok-tok/)).toBeTruthy();
    // The portal's address is a link with its text (a sentence of the translation holds it).
    expect(screen.getByRole('link', { name: /^http:\/\/gamma\./ })).toBeTruthy();
    // The new school's page is one link away.
    fireEvent.click(screen.getByRole('link', { name: "Open Gamma High's page" }));
    await waitFor(() => expect(screen.getByTestId('address').textContent).toBe('/superadmin/schools/t-gamma'));
    const sent = server.seen.filter((r) => r.method === 'POST').at(-1)!;
    expect((sent.body as { admin: object }).admin).toEqual({ name: 'Gina', email: 'gina@gamma.test' });
  });

  it("sends the school's time zone, language, locale and week start", async () => {
    renderConsole('/superadmin/schools/new');
    await screen.findByRole('heading', { name: 'New school · step 1 of 3' }, slow);
    fireEvent.change(screen.getByLabelText('School name'), { target: { value: 'Gamma High' } });
    fireEvent.change(screen.getByLabelText('Subdomain'), { target: { value: 'gamma' } });
    await screen.findByText(/gamma\..* is available/, {}, slow);
    // The zones are offered while their field has the focus (UTC too, which browsers leave out of their list).
    fireEvent.focus(screen.getByLabelText('Time zone'));
    expect(document.querySelector('datalist option[value="Pacific/Kiritimati"]')).toBeTruthy();
    expect(document.querySelector('datalist option[value="UTC"]')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Africa/Dakar' } });
    fireEvent.blur(screen.getByLabelText('Time zone'));
    expect(screen.getByText(/^Time there now: /)).toBeTruthy();
    // Each language in its own name; the locale's suggestions follow the language chosen.
    expect(within(screen.getByLabelText('Default language')).getByRole('option', { name: 'Français' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Default language'), { target: { value: 'fr' } });
    expect(document.querySelector('datalist option[value="fr-SN"]')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Locale/), { target: { value: 'fr-SN' } });
    const sample = screen.getByText(
      (_, el) => el?.tagName === 'SPAN' && /^Dates and numbers are written like this: /.test(el.textContent ?? ''),
    );
    // French digits grouped by narrow no-break spaces, a decimal comma; each sample isolated from the sentence.
    expect(sample.textContent).toMatch(/ · 1\u202f234\u202f567,89$/);
    expect(sample.querySelectorAll('bdi')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('First day of the week'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(screen.getByLabelText("First admin's name"), { target: { value: 'Gina' } });
    fireEvent.change(screen.getByLabelText("First admin's email"), { target: { value: 'gina@gamma.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create school' }));
    await screen.findByText(/emailed an invitation/, {}, slow);
    expect(server.seen.filter((r) => r.method === 'POST').at(-1)!.body).toMatchObject({
      schoolConfig: { timeZone: 'Africa/Dakar', language: 'fr', locale: 'fr-SN', weekStart: 7 },
    });
  });

  it('brings a time zone the server refuses back to its field on the first step', async () => {
    renderConsole('/superadmin/schools/new');
    await screen.findByRole('heading', { name: 'New school · step 1 of 3' }, slow);
    fireEvent.change(screen.getByLabelText('School name'), { target: { value: 'Gamma High' } });
    fireEvent.change(screen.getByLabelText('Subdomain'), { target: { value: 'gamma' } });
    await screen.findByText(/gamma\..* is available/, {}, slow);
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Mars/Olympus' } });
    expect(screen.getByText(/^Type a city or region/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(screen.getByLabelText("First admin's name"), { target: { value: 'Gina' } });
    fireEvent.change(screen.getByLabelText("First admin's email"), { target: { value: 'gina@gamma.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create school' }));
    // Back on the first step, the server's words on the zone's field.
    await screen.findByText('must be an IANA time zone like Africa/Nairobi', {}, slow);
    expect(screen.getByRole('heading', { name: 'New school · step 1 of 3' })).toBeTruthy();
    expect(screen.getByLabelText('Time zone').getAttribute('aria-invalid')).toBe('true');
    const sent = server.seen.filter((r) => r.method === 'POST').at(-1)!.body as { schoolConfig: object };
    // Left empty, the locale and week start are not sent: the school keeps the language's own.
    expect(sent.schoolConfig).toEqual({ timeZone: 'Mars/Olympus', language: 'en' });
  });
});
