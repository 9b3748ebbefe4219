// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { api } from '../../lib/api';
import { fakeApi } from '../../test/fake-api';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { ResetPasswordPage } from './ResetPasswordPage';

const tenant = {
  id: 't1',
  name: 'Demo School',
  subdomain: 'demo',
  theme: { primaryColor: '#000000', secondaryColor: '#ffffff', fontFamily: 'system-ui' },
  features: [],
};
const SAME = { message: 'If an account with this email exists, we sent it a link to choose a new password.' };
const GOOD_TOKEN = 'good-token-good-token-good-token';

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'POST /api/auth/forgot-password': (req) => {
      const { email } = req.body as { email: string };
      if (!email.includes('@'))
        return [
          400,
          { message: 'Invalid input', error: 'VALIDATION_ERROR', details: [{ path: 'email', message: 'Invalid email address' }] },
        ];
      return [202, SAME];
    },
    'POST /api/auth/reset-password': (req) => {
      const { token, password } = req.body as { token: string; password: string };
      if (token !== GOOD_TOKEN) return [400, { message: 'This password reset link is invalid', error: 'INVALID_RESET_TOKEN' }];
      if (password.length < 10)
        return [
          400,
          {
            message: 'Invalid input',
            error: 'VALIDATION_ERROR',
            details: [{ path: 'password', message: 'must be at least 10 characters' }],
          },
        ];
      return [204, undefined];
    },
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
beforeEach(() => server.seen.splice(0));
afterEach(cleanup);

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const at = (url: string, page: React.ReactNode) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/" element={<p>Sign-in page</p>} />
        <Route path="/forgot-password" element={url.startsWith('/forgot') ? page : <p>Forgot page</p>} />
        <Route path="/reset-password" element={page} />
      </Routes>
    </MemoryRouter>,
  );

describe('forgot password page', () => {
  it('sends the email and shows the same neutral answer the server gives', async () => {
    at('/forgot-password', <ForgotPasswordPage tenant={tenant} />);
    fill('Email', 'ana@demo.test');
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect((await screen.findByRole('status')).textContent).toContain('If an account with this email exists');
    expect(server.seen.map((r) => r.body)).toEqual([{ email: 'ana@demo.test' }]);
  });

  it('shows a malformed address at its field', async () => {
    at('/forgot-password', <ForgotPasswordPage tenant={tenant} />);
    fill('Email', 'nope');
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByText('Invalid email address')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('reset password page', () => {
  it('sends the token from the link with the new password, then offers to sign in', async () => {
    at(`/reset-password?school=demo&token=${GOOD_TOKEN}`, <ResetPasswordPage tenant={tenant} />);
    fill('New password', 'a-new-password-1');
    fill('The same again', 'a-new-password-1');
    fireEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect((await screen.findByRole('status')).textContent).toContain('signed out on every device');
    expect(server.seen.map((r) => r.body)).toEqual([{ token: GOOD_TOKEN, password: 'a-new-password-1' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Sign-in page')).toBeTruthy();
  });

  it('refuses two different passwords without asking the server', async () => {
    at(`/reset-password?token=${GOOD_TOKEN}`, <ResetPasswordPage tenant={tenant} />);
    fill('New password', 'a-new-password-1');
    fill('The same again', 'a-new-password-2');
    fireEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('The two passwords differ')).toBeTruthy();
    expect(server.seen).toEqual([]);
  });

  it('shows a password the server refuses at its field', async () => {
    at(`/reset-password?token=${GOOD_TOKEN}`, <ResetPasswordPage tenant={tenant} />);
    fill('New password', 'short');
    fill('The same again', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('must be at least 10 characters')).toBeTruthy();
  });

  it('says a used or expired link is dead and offers a new one', async () => {
    at('/reset-password?token=used-token-used-token-used-token', <ResetPasswordPage tenant={tenant} />);
    fill('New password', 'a-new-password-1');
    fill('The same again', 'a-new-password-1');
    fireEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    expect((await screen.findByRole('alert')).textContent).toContain('invalid, already used or expired');
    fireEvent.click(screen.getByRole('link', { name: 'Ask for a new link' }));
    expect(await screen.findByText('Forgot page')).toBeTruthy();
  });

  it('says so when the link has no token', () => {
    at('/reset-password?school=demo', <ResetPasswordPage tenant={tenant} />);
    expect(screen.getByRole('alert').textContent).toContain('invalid');
  });
});
