// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi } from '../../test/fake-api';
import type { SessionUser } from '../../lib/session';
import { HomePage } from './HomePage';

const KEYS = ['year', 'grades', 'classes', 'subjects', 'teachers', 'students', 'invitations'] as const;
let doneSteps = 0;
const none = { present: 0, absent: 0, late: 0, excused: 0, rate: null };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/dashboard/setup': () => [
      200,
      { steps: KEYS.map((key, i) => ({ key, done: i < doneSteps })), complete: doneSteps === KEYS.length },
    ],
    'GET /api/dashboard': () => [
      200,
      {
        date: '2026-12-07',
        academicYear: null,
        term: null,
        counts: { students: 0, teachers: 0, guardians: 0, classes: 0, subjects: 0 },
        attendance: { today: none, thisWeek: none, trend: [{ weekStart: '2026-12-07', ...none }] },
        registers: { sections: 0, taken: 0, missing: [] },
        fees: null,
        upcomingExams: [],
      },
    ],
    'GET /api/messages/summary': () => [403, { message: 'Not allowed', error: 'FORBIDDEN' }],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const admin = { id: 'u1', name: 'Ada', role: 'admin' } as SessionUser;
const home = (user: SessionUser = admin) =>
  render(
    <MemoryRouter>
      <QueryClientProvider client={createQueryClient()}>
        <HomePage user={user} />
      </QueryClientProvider>
    </MemoryRouter>,
  );

describe("the admin's setup checklist", () => {
  it('shows each step done or not, from the server, and leads to the page of the next one', async () => {
    doneSteps = 2;
    home();
    const list = await screen.findByRole('region', { name: 'Set up your school' });
    expect(within(list).getByText('2 of 7 steps done.')).toBeTruthy();
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '✓Academic year with its terms (done)Done',
      '✓Grade levels (done)Done',
      '○Classes with their sections (not done)Add a class',
      '○Subjects (not done)Add a subject',
      '○Teachers (not done)Add a teacher',
      '○Students (not done)Add a student',
      '○Invitations sent (teachers, parents, students) (not done)Send an invitation',
    ]);
    expect(within(list).getByRole('link', { name: 'Add a class' }).getAttribute('href')).toBe('/classes');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/classes', '/subjects', '/teachers', '/students', '/teachers']);
  });

  it('is gone when every step is done', async () => {
    doneSteps = 7;
    home();
    await screen.findByRole('heading', { name: 'Registers today' });
    expect(screen.queryByRole('region', { name: 'Set up your school' })).toBeNull();
  });

  it('can be hidden, and stays hidden on the next visit', async () => {
    doneSteps = 0;
    home();
    fireEvent.click(await screen.findByRole('button', { name: 'Hide this list' }));
    expect(screen.queryByRole('region', { name: 'Set up your school' })).toBeNull();
    cleanup();
    home();
    await screen.findByRole('heading', { name: 'Registers today' });
    expect(screen.queryByRole('region', { name: 'Set up your school' })).toBeNull();
  });

  it('is not asked for or shown to staff', async () => {
    doneSteps = 0;
    server.seen.length = 0;
    home({ ...admin, role: 'staff' });
    await screen.findByRole('heading', { name: 'Registers today' });
    expect(screen.queryByRole('region', { name: 'Set up your school' })).toBeNull();
    expect(server.seen.some((r) => r.path === '/api/dashboard/setup')).toBe(false);
  });
});
