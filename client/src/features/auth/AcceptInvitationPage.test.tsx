// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { api } from '../../lib/api';
import { fakeApi } from '../../test/fake-api';
import { AcceptInvitationPage } from './AcceptInvitationPage';

const tenant = {
  id: 't1',
  name: 'Demo School',
  subdomain: 'demo',
  theme: { primaryColor: '#000000', secondaryColor: '#ffffff', fontFamily: 'system-ui' },
  features: [],
};
const GOOD = 'good-invitation-token-good';

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'POST /api/auth/accept-invitation': (req) => {
      const { token } = req.body as { token: string };
      if (token !== GOOD) return [400, { message: 'This invitation link is invalid, used or expired', error: 'INVALID_INVITATION' }];
      return [204, undefined];
    },
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
beforeEach(() => server.seen.splice(0));
afterEach(cleanup);

const open = (token: string) =>
  render(
    <MemoryRouter initialEntries={[`/accept-invitation?token=${token}`]}>
      <Routes>
        <Route path="/" element={<p>Sign-in page</p>} />
        <Route path="/forgot-password" element={<p>Forgot page</p>} />
        <Route path="/accept-invitation" element={<AcceptInvitationPage tenant={tenant} />} />
      </Routes>
    </MemoryRouter>,
  );
const choose = (password: string) => {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('The same again'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
};

describe('the invitation page', () => {
  it('sets the password once, then sends the person to sign in', async () => {
    open(GOOD);
    choose('a-long-enough-password');
    expect((await screen.findByRole('status')).textContent).toContain('Your password is set');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Sign-in page')).toBeTruthy();
  });

  it('a used or expired link drops the form and offers sign-in or a reset instead of another try', async () => {
    open('used-token-used-token-used');
    choose('a-long-enough-password');
    expect((await screen.findByRole('alert')).textContent).toMatch(/already used or expired.*ask the school office/);
    expect(screen.queryByLabelText('New password')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Set password' })).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Forgot your password?' }));
    expect(screen.getByText('Forgot page')).toBeTruthy();
  });
});
