// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi, page } from '../../test/fake-api';
import { chooseLanguage } from '../../i18n';
import { AttendancePage } from './AttendancePage';

const SECTION = 's'.repeat(24);
const DAY = '2026-12-07';
const register = (marked: boolean) => ({
  sectionId: SECTION,
  date: DAY,
  period: 0,
  counts: marked ? { present: 2, absent: 1, late: 0, excused: 0 } : { present: 0, absent: 0, late: 0, excused: 0 },
  students: [
    ['a', 'Ada Alpha', 'present'],
    ['b', 'Ben Beta', 'present'],
    ['c', 'محمد علي', 'absent'],
  ].map(([studentId, name, status]) => ({
    studentId,
    name,
    admissionNumber: `ADM-${studentId}`,
    status: marked ? status : null,
    note: null,
  })),
});

const slow = { timeout: 8000 };
let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/classes': () => [200, page([{ id: 'c1', name: '6A', sections: [{ id: SECTION, name: 'Blue' }] }])],
    [`GET /api/attendance/sections/${SECTION}/${DAY}`]: () => [200, register(false)],
    [`PUT /api/attendance/sections/${SECTION}/${DAY}`]: () => [200, register(true)],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const open = () =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider
        router={createMemoryRouter([{ path: '/attendance', element: <AttendancePage role="admin" /> }], {
          initialEntries: [`/attendance?section=${SECTION}&date=${DAY}`],
        })}
      />
    </QueryClientProvider>,
  );

describe('the register in the shown language', () => {
  it('says the statuses, the day and the saved counts in French, with French plurals', { timeout: 20_000 }, async () => {
    await chooseLanguage('fr');
    try {
      open();
      expect(await screen.findByRole('columnheader', { name: 'présent' }, slow)).toBeTruthy();
      expect(screen.getByText('6A Blue, lun. 7 déc. 2026 : appel pas encore fait')).toBeTruthy();
      fireEvent.click(screen.getByRole('radio', { name: 'محمد علي absent' }));
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’appel' }));
      // French counts 0 and 1 as singular.
      expect(await screen.findByText('Enregistré : 2 présents, 0 en retard, 1 absent, 0 excusé.', {}, slow)).toBeTruthy();
    } finally {
      await chooseLanguage(null);
    }
  });

  it('uses the Arabic dual and plural forms of the counts', { timeout: 20_000 }, async () => {
    await chooseLanguage('ar');
    try {
      open();
      fireEvent.click(await screen.findByRole('button', { name: 'حفظ سجل الحضور' }, slow));
      expect(await screen.findByText('تم الحفظ: حاضران، 0 متأخر، غائب واحد، 0 غياب بعذر.', {}, slow)).toBeTruthy();
    } finally {
      await chooseLanguage(null);
    }
  });
});
