// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi, page } from '../../test/fake-api';
import { AnnouncementsPage } from './AnnouncementsPage';

const posted: unknown[] = [];
const sportsDay = {
  id: 'a1',
  title: 'Sports day',
  body: 'Friday',
  audience: 'school',
  classId: null,
  role: null,
  channels: [],
  authorId: 'u1',
  createdAt: '2026-12-01T09:00:00Z',
  editedAt: null,
  read: true,
  readCount: 3,
};

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/announcements': () => [200, page(posted.length ? [sportsDay] : [])],
    'GET /api/classes': () => [200, page([{ id: 'c1', name: '5 Blue', sections: [] }])],
    'GET /api/announcements/audience': (req) => [200, { count: req.query.audience === 'class' ? 31 : 240 }],
    'POST /api/announcements': (req) => (posted.push(req.body), [201, sportsDay]),
    'GET /api/announcements/a1/receipts': () => [200, { announcementId: 'a1', readCount: 3, audienceCount: 240, readers: [] }],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(cleanup);

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('announcements', () => {
  it('say to whom and by which channels before anything is sent, then show how many read it', { timeout: 20_000 }, async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <AnnouncementsPage role="admin" />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('No announcements yet. Write the first one above.')).toBeTruthy();
    fill('Title', 'Sports day');
    fill('Message', 'Friday');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'class' } });
    await screen.findByRole('option', { name: '5 Blue' });
    fireEvent.click(screen.getByLabelText('By email'));
    fireEvent.click(screen.getByRole('button', { name: 'Review and send…' }));

    const confirm = await screen.findByRole('group', { name: 'Confirm the announcement' });
    expect(await within(confirm).findByText(/\(31 people\)/)).toBeTruthy();
    expect(confirm.textContent).toContain(
      'Send “Sports day” to class 5 Blue: its students, their guardians and its teachers (31 people) in the app and by email?',
    );
    expect(posted).toEqual([]);

    // Back to editing keeps what was typed; nothing sent.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Back to editing' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Sports day');
    expect(posted).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Review and send…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Send now' }));
    expect(await screen.findByText(/read by 3/)).toBeTruthy();
    expect(posted).toEqual([{ title: 'Sports day', body: 'Friday', audience: 'class', classId: 'c1', channels: ['email'] }]);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('');

    fireEvent.click(screen.getByText('Sports day', { selector: 'summary bdi' }).closest('summary')!);
    fireEvent.click(screen.getByRole('button', { name: 'Who read it' }));
    expect(await screen.findByText('3 of 240 have read it.')).toBeTruthy();
  });
});
