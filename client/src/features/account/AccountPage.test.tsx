// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { api, session } from '../../lib/api';
import { chooseLanguage } from '../../i18n';
import { fakeApi } from '../../test/fake-api';
import { AccountPage } from './AccountPage';

const user = { id: 'u1', name: 'Ana', email: 'ana@demo.test', role: 'teacher' as const };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'PATCH /api/auth/me': (req) => {
      const body = req.body as { currentPassword: string; password?: string };
      if (body.currentPassword !== 'right-password')
        return [
          403,
          {
            message: 'The current password is incorrect',
            error: 'WRONG_PASSWORD',
            details: [{ path: 'currentPassword', message: 'is incorrect' }],
          },
        ];
      return [200, { accessToken: 'fresh', expiresIn: 900, user }];
    },
    'PUT /api/auth/me/language': (req) => [200, { language: (req.body as { language: string | null }).language }],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(async () => {
  cleanup();
  await chooseLanguage(null);
});

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('account page', () => {
  it('shows a wrong current password at its field, then saves with the right one and keeps this tab signed in', async () => {
    render(<AccountPage user={user} />);
    fill('New password (leave empty to keep it)', 'a-new-password-1');
    fill('The new password again', 'a-new-password-1');
    fill('Current password', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('is incorrect')).toBeTruthy();

    fill('Current password', 'right-password');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    const sent = server.seen.filter((r) => r.path === '/api/auth/me').map((r) => r.body);
    // Only what changed is sent (the email is unchanged), always with the current password.
    expect(sent.at(-1)).toEqual({ currentPassword: 'right-password', password: 'a-new-password-1' });
    expect(session.token).toBe('fresh');
  });
});

describe('your language', () => {
  it("offers the school's default by its name, saves a choice to the account and shows it at once", async () => {
    render(<AccountPage user={{ ...user, language: null }} schoolLanguage="fr" />);
    const select = screen.getByLabelText<HTMLSelectElement>("The portal's language for you");
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.text)).toEqual(['School default (Français)', 'English', 'Français', 'العربية', 'Español']);
    fireEvent.change(select, { target: { value: 'es' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save language' }));
    // Saved, then the page is in Spanish.
    expect(await screen.findByRole('heading', { name: 'Su cuenta' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Idioma guardado.');
    expect(server.seen.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual({ language: 'es' });

    // Back to the school's default: null is sent (the account follows the school from now on).
    fireEvent.change(screen.getByLabelText('Idioma del portal para usted'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar idioma' }));
    await waitFor(() => expect(server.seen.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual({ language: null }));
  });
});
