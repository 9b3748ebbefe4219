// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { platformApi, platformSession } from '../../lib/platform-api';
import { fakeApi, page } from '../../test/fake-api';
import { renderConsole } from './render-console';

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
      (req.body as { admin: { password?: string } }).admin.password === undefined
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

describe('new-school wizard', () => {
  it('checks the subdomain as it is typed, and brings the API field errors back to their step', async () => {
    renderConsole('/superadmin/schools/new');
    await screen.findByRole('heading', { name: 'New school · step 1 of 3' }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText('School name'), { target: { value: 'Gamma High' } });
    fireEvent.change(screen.getByLabelText('Subdomain'), { target: { value: 'alpha' } });
    expect(await screen.findByText('This subdomain is already taken', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);

    fireEvent.change(screen.getByLabelText('Subdomain'), { target: { value: 'gamma' } });
    await screen.findByText(/gamma\..* is available/, {}, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(screen.getByLabelText('Plan'), { target: { value: 'premium' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(screen.getByLabelText("First admin's name"), { target: { value: 'Gina' } });
    fireEvent.change(screen.getByLabelText("First admin's email"), { target: { value: 'gina@gamma' } });
    fireEvent.change(screen.getByLabelText("First admin's password"), { target: { value: 'long-enough-pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create school' }));

    await screen.findByText('This address cannot receive mail', {}, { timeout: 5000 });
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
    await screen.findByRole('heading', { name: 'New school · step 1 of 3' }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText('School name'), { target: { value: 'Gamma High' } });
    fireEvent.change(screen.getByLabelText('Subdomain'), { target: { value: 'gamma' } });
    await screen.findByText(/gamma\..* is available/, {}, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.change(screen.getByLabelText("First admin's name"), { target: { value: 'Gina' } });
    fireEvent.change(screen.getByLabelText("First admin's email"), { target: { value: 'gina@gamma.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create school' }));

    expect(await screen.findByText(/emailed an invitation/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/accept-invitation\?school=gamma&token=tok-tok-tok-tok/)).toBeTruthy();
    // The new school's page is one link away.
    fireEvent.click(screen.getByRole('link', { name: "Open Gamma High's page" }));
    await waitFor(() => expect(screen.getByTestId('address').textContent).toBe('/superadmin/schools/t-gamma'));
    const sent = server.seen.filter((r) => r.method === 'POST').at(-1)!;
    expect((sent.body as { admin: object }).admin).toEqual({ name: 'Gina', email: 'gina@gamma.test' });
  });
});
