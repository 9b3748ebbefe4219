// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, configure, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { chooseLanguage } from '../../i18n';
import { fakeApi } from '../../test/fake-api';
import { StudentPage } from './StudentPage';

configure({ asyncUtilTimeout: 5000 });

const term = { id: 't1', name: 'Trimestre 1', startDate: '2026-09-01', endDate: '2026-12-18' };
let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/students/s1': () => [
      200,
      {
        id: 's1',
        admissionNumber: 'DEMO-2026-0001',
        firstName: 'Léa',
        lastName: 'Moreau',
        dateOfBirth: '2015-03-02',
        gender: 'female',
        classId: 'c1',
        sectionId: 'x1',
        guardianIds: ['g1'],
        contact: {},
        status: 'enrolled',
        placements: [],
        userId: null,
      },
    ],
    'GET /api/students/s1/overview': () => [
      200,
      {
        className: 'CM2',
        sectionName: 'A',
        guardians: [{ id: 'g1', firstName: 'Claire', lastName: 'Moreau', relationship: 'mère', contact: {}, userId: null }],
        term,
        absences: [{ date: '2026-11-30', status: 'late', note: 'bus' }],
        fees: {
          currency: 'EUR',
          total: 150000,
          paid: 26550,
          balance: 123450,
          terms: [{ termId: 't1', name: 'Trimestre 1', total: 150000, paid: 26550, balance: 123450, invoices: [] }],
        },
        exams: [{ id: 'e1', name: 'Contrôle', date: '2026-12-10', subject: 'Mathématiques' }],
      },
    ],
    'GET /api/report-cards/s1/terms/t1': () => [
      200,
      {
        school: { name: 'École Jules Ferry', motto: null },
        term: { id: 't1', name: 'Trimestre 1', year: '2026-2027' },
        className: 'CM2',
        sectionName: 'A',
        classSize: 1204,
        result: {
          studentId: 's1',
          name: 'Léa Moreau',
          admissionNumber: 'DEMO-2026-0001',
          subjects: [{ subjectId: 'm', code: 'MATH', name: 'Mathématiques', percentage: 72.5, grade: 'B', exams: [] }],
          average: 72.5,
          grade: 'B',
          rank: 3,
        },
        remarks: { classTeacher: null, head: null },
        attendance: { present: 40, absent: 0, late: 1, excused: 0, rate: 1 },
      },
    ],
  });
  server.attach(api, '/api');
  // As a person choosing French from the menu: the French words load, then show.
  await chooseLanguage('fr');
});
afterAll(async () => {
  server.close();
  await chooseLanguage(null);
});
afterEach(cleanup);

/** French puts no-break spaces in numbers and before : ? ; (Intl and the catalogue alike); a reader sees spaces. */
const spaced = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('a student page in French', () => {
  it("shows a parent their child's record, absences, fees and report card in French words and French formats", async () => {
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={['/students/s1']}>
          <Routes>
            <Route path="/students/:id" element={<StudentPage role="parent" />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Absences de la période (Trimestre 1)' })).toBeTruthy();
    expect(screen.getByText('Matricule')).toBeTruthy();
    expect(screen.getByText('Inscrit')).toBeTruthy();
    expect(screen.getByText('Date de naissance').nextElementSibling?.textContent).toBe('2 mars 2015');

    const absence = screen.getByRole('list', { name: 'Absences par date' }).textContent;
    expect(spaced(absence)).toBe('lun. 30 nov. 2026 : En retard (bus)');
    expect(screen.getByRole('heading', { name: 'Responsables légaux' })).toBeTruthy();
    expect(screen.getByText('Aucune coordonnée')).toBeTruthy();

    expect(spaced(screen.getByText(/^Reste à payer/, { selector: 'p' }).textContent)).toBe(
      'Reste à payer 1 234,50 € (265,50 € payés sur 1 500,00 €)',
    );
    expect(screen.getByRole('columnheader', { name: 'Montant' })).toBeTruthy();
    expect(spaced(screen.getByText(/Contrôle/).textContent)).toBe('jeu. 10 déc. 2026 : Mathématiques – Contrôle');

    expect(spaced((await screen.findByRole('heading', { name: /^Bulletin/ })).textContent)).toBe('Bulletin : Trimestre 1 2026-2027');
    expect(spaced(screen.getByRole('cell', { name: /72,5/ }).textContent)).toBe('72,5 %');
    expect(spaced(screen.getByText(/^Moyenne/).textContent)).toBe('Moyenne 72,5 % B · rang 3 sur 1 204');
    expect(screen.getByRole('button', { name: 'Bulletin à imprimer (PDF)' })).toBeTruthy();
    // Parents change nothing here: no English left, no edit.
    expect(screen.queryByText(/Absences this term|Balance|Report card|Edit/)).toBeNull();
  });
});
