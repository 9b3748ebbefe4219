// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { chooseLanguage } from '../../i18n';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi } from '../../test/fake-api';
import type { SessionUser } from '../../lib/session';
import { HomePage } from './HomePage';

const KEYS = ['year', 'grades', 'classes', 'subjects', 'teachers', 'students', 'invitations'] as const;
const week = (weekStart: string, present: number, absent: number) => ({
  weekStart,
  present,
  absent,
  late: 0,
  excused: 0,
  rate: present / (present + absent),
});
const none = { queued: 0, sending: 0, sent: 0, delivered: 0, failed: 0, bounced: 0, dead: 0, cancelled: 0, suppressed: 0 };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/dashboard/setup': () => [200, { steps: KEYS.map((key, i) => ({ key, done: i < 2 })), complete: false }],
    'GET /api/dashboard': () => [
      200,
      {
        date: '2026-12-07',
        academicYear: '2026-2027',
        term: 'Trimestre 1',
        counts: { students: 1234, teachers: 40, guardians: 900, classes: 30, subjects: 12 },
        attendance: {
          today: { present: 87, absent: 13, late: 0, excused: 0, rate: 0.87 },
          thisWeek: { present: 87, absent: 13, late: 0, excused: 0, rate: 0.87 },
          trend: [week('2026-11-30', 450, 50), { ...week('2026-12-07', 87, 13) }],
        },
        registers: { sections: 3, taken: 1, missing: [{ sectionId: 's2', classId: 'c1', name: '6A B' }] },
        fees: {
          term: 'Trimestre 1',
          termId: 't1',
          currency: 'EUR',
          due: 123450,
          collected: 100000,
          outstanding: 23450,
          invoices: 10,
          overdue: 2,
        },
        upcomingExams: [{ id: 'e1', name: 'Contrôle', date: '2026-12-14', className: '6A', subjectName: 'Maths' }],
      },
    ],
    'GET /api/dashboard/teacher': () => [
      200,
      {
        date: '2026-12-07',
        lessons: [
          { id: 'p1', start: '08:00', end: '08:45', classId: 'c1', sectionId: 's1', section: '6A A', subject: 'Maths', room: '12' },
        ],
        registers: { sections: 3, taken: 3, missing: [] },
      },
    ],
    'GET /api/assignments/mine': () => [200, { assignments: [] }],
    'GET /api/notifications': () => [200, { data: [], page: 1, limit: 10, total: 0, totalPages: 0 }],
    'GET /api/messages/summary': () => [
      200,
      { since: '2026-11-30T00:00:00.000Z', total: 1200, problems: 0, byChannel: { email: { ...none, sent: 1200 }, sms: none } },
    ],
  });
  server.attach(api, '/api');
  await chooseLanguage('fr');
});
afterAll(async () => {
  await chooseLanguage(null);
  localStorage.clear();
  await server.close();
});
afterEach(cleanup);

/** The link to `href` inside `container` (accessible names fold the narrow spaces French numbers are written with). */
const linkTo = (container: HTMLElement, href: string) => container.querySelector(`a[href="${href}"]`)!;

const admin = { id: 'u1', name: 'Ada', role: 'admin' } as SessionUser;

describe('the office’s home page in French', () => {
  it('says everything in French, with French percentages, amounts, counts and dates', async () => {
    render(
      <MemoryRouter>
        <QueryClientProvider client={createQueryClient()}>
          <HomePage user={admin} />
        </QueryClientProvider>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Bienvenue, Ada' })).toBeTruthy();
    const today = await screen.findByRole('region', { name: 'Présence aujourd’hui' });
    // French writes a no-break space before the percent sign.
    expect(within(today).getByRole('link').textContent).toBe('87\u00a0%');
    expect(today.textContent).toContain('Présents : 87 · En retard : 0 · Absents : 13 · Excusés : 0');

    const fees = screen.getByRole('region', { name: 'Frais, Trimestre 1' });
    expect(linkTo(fees, '/fees').textContent).toBe('1\u202f234,50\u00a0€');
    expect(fees.textContent).toContain('2 sur 10');

    expect(linkTo(screen.getByRole('region', { name: 'L’école, 2026-2027' }), '/students').textContent).toBe(
      'Liste des élèves : 1\u202f234',
    );
    expect(screen.getByRole('link', { name: 'lun. 14 déc. : Contrôle, Maths, classe 6A' })).toBeTruthy();
    // The trend’s screen-reader table: weeks named by their first day, in French.
    expect(screen.getByRole('rowheader', { name: 'Semaine du 30 nov.' }).nextElementSibling?.textContent).toBe('90\u00a0% sur 500');

    const setup = screen.getByRole('region', { name: 'Configurez votre école' });
    expect(setup.textContent).toContain('Étapes terminées : 2 sur 7.');
    expect(within(setup).getByRole('link', { name: 'Ajouter une classe' }).getAttribute('href')).toBe('/classes');

    const messages = await screen.findByRole('region', { name: 'Messages des 7 derniers jours' });
    expect(within(messages).getByRole('rowheader', { name: 'E-mail' }).nextElementSibling?.textContent).toBe('1\u202f200');

    for (const english of ['Attendance', 'Registers', 'Fees', 'Student list', 'Next exams', 'Week of', 'Set up'])
      expect(document.body.textContent).not.toContain(english);
  });

  it('gives a teacher’s lessons as French writes times, and the registers in French', async () => {
    const teacher = { id: 'u2', name: 'Tom', role: 'teacher' } as SessionUser;
    render(
      <MemoryRouter>
        <QueryClientProvider client={createQueryClient()}>
          <HomePage user={teacher} />
        </QueryClientProvider>
      </MemoryRouter>,
    );
    const lessons = await screen.findByRole('region', { name: 'Cours du jour' });
    expect((await within(lessons).findByRole('link')).textContent).toMatch(/^08:00\s–\s08:45 6A A, Maths, salle 12$/);
    expect(screen.getByRole('region', { name: 'Appels du jour' }).textContent).toContain('Les 3 appels sont faits.');
    expect(await screen.findByText('Aucune notification. Les messages de l’école s’affichent ici.')).toBeTruthy();
  });
});
