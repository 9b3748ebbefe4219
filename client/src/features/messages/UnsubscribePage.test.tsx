// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { api } from '../../lib/api';
import { fakeApi } from '../../test/fake-api';
import { UnsubscribePage } from './UnsubscribePage';

let emailOn = true;
let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  const bad = [400, { message: 'This unsubscribe link is not valid', error: 'INVALID_UNSUBSCRIBE_TOKEN' }] as [number, unknown];
  server = await fakeApi({
    'GET /api/public/unsubscribe': (req) =>
      req.query.token === 'good' ? [200, { category: 'fees', school: 'Hill School', email: emailOn }] : bad,
    'POST /api/public/unsubscribe': (req) => {
      if (req.query.token !== 'good') return bad;
      emailOn = false;
      return [200, { category: 'fees', school: 'Hill School', email: false }];
    },
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(cleanup);

const open = (token: string) =>
  render(
    <MemoryRouter initialEntries={[`/unsubscribe?token=${token}`]}>
      <UnsubscribePage />
    </MemoryRouter>,
  );

describe('the unsubscribe page', () => {
  it('says what will be turned off, changes nothing until the button, then turns it off with the one-click request', async () => {
    open('good');
    const button = await screen.findByRole('button', { name: 'Unsubscribe from fee reminders' });
    expect(screen.getByText(/Stop receiving fee reminders by email from Hill School/)).toBeTruthy();
    expect(server.seen.filter((r) => r.method === 'POST')).toHaveLength(0);
    fireEvent.click(button);
    expect((await screen.findByRole('status')).textContent).toMatch(/no longer receive fee reminders by email/);
    const post = server.seen.find((r) => r.method === 'POST')!;
    expect(post.query).toEqual({ token: 'good' });
    expect(post.body).toBe('List-Unsubscribe=One-Click');
  });

  it('says so when the link is not valid', async () => {
    open('forged');
    expect((await screen.findByRole('alert')).textContent).toBe('This unsubscribe link is not valid.');
    expect(screen.getByRole('link', { name: 'sign in to your account' }).getAttribute('href')).toBe('/account');
  });
});
