// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { api } from '../../lib/api';
import { fakeApi } from '../../test/fake-api';
import { SchoolTimeZone } from '../../lib/school-time';
import { InvitationCell } from './InvitationCell';

const pending = {
  state: 'invited' as const,
  expiresAt: '2026-12-09T10:00:00.000Z',
  lastSentAt: '2026-12-02T10:00:00.000Z',
  delivery: 'failed',
};
const NEW_URL = '/accept-invitation?school=demo&token=new-token-new-token';

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'POST /api/users/u1/invitation/resend': () => [200, { userId: 'u1', url: NEW_URL, expiresAt: '2026-12-10T10:00:00.000Z' }],
    'POST /api/users/u1/invitation/revoke': () => [204, undefined],
    'POST /api/users/u2/invitation/revoke': () => [
      409,
      { message: 'This account is not waiting for an invitation to be accepted', error: 'NOT_INVITED' },
    ],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
beforeEach(() => server.seen.splice(0));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('invitation on the users screen', () => {
  it('shows a pending invitation with its expiry and its email, resends it and offers the new link to copy', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<InvitationCell userId="u1" invitation={pending} canManage />);
    expect(screen.getByText(/Invited, expires/)).toBeTruthy();
    expect(screen.getByText(/email failed, will retry/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Resend' }));
    const input = (await screen.findByLabelText('Invitation link')) as HTMLInputElement;
    expect(input.value).toBe(new URL(NEW_URL, window.location.origin).toString());
    expect(screen.getByText(/email waiting to be sent/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(input.value);
    expect(server.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/users/u1/invitation/resend']);
  });

  it('revokes after confirmation, and then offers only a resend', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<InvitationCell userId="u1" invitation={{ ...pending, delivery: 'queued' }} canManage />);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('Revoked')).toBeTruthy();
    expect(screen.getByText(/email cancelled/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Revoke' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Resend' })).toBeTruthy();
  });

  it("shows the server's refusal", async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<InvitationCell userId="u2" invitation={pending} canManage />);
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not waiting for an invitation');
  });

  it('offers no action on an accepted invitation, nor to someone who cannot manage users', () => {
    render(<InvitationCell userId="u1" invitation={{ ...pending, state: 'accepted', delivery: 'sent' }} canManage />);
    expect(screen.getByText('Accepted')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    render(<InvitationCell userId="u1" invitation={pending} canManage={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows nothing for an account made with a password', () => {
    render(<InvitationCell userId="u1" canManage />);
    expect(screen.getByText('—')).toBeTruthy();
  });

  it("shows the expiry in the school's time zone, the date its email gives", () => {
    // 12:00 UTC on 9 December is already 10 December in Auckland.
    render(
      <SchoolTimeZone zone="Pacific/Auckland">
        <InvitationCell userId="u1" invitation={{ ...pending, expiresAt: '2026-12-09T12:00:00.000Z' }} canManage />
      </SchoolTimeZone>,
    );
    expect(screen.getByText(/Invited, expires (Dec 10, 2026|10 Dec 2026)/)).toBeTruthy();
  });
});
