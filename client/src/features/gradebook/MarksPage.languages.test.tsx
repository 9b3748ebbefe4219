// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { chooseLanguage } from '../../i18n';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi, page } from '../../test/fake-api';
import { MarksPage } from './MarksPage';
import { readCell } from './components/cell';

const sheet = {
  examId: 'e1',
  sectionId: 's1',
  maxMarks: 20,
  decimals: 1,
  students: [
    { studentId: 'k1', name: 'Ann Q', score: null, absent: false, remark: null },
    { studentId: 'k2', name: 'Ben Q', score: 12.5, absent: false, remark: null },
  ],
};
let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/classes': () => [200, page([{ id: 'c1', name: '6A', sections: [{ id: 's1', name: 'A' }] }])],
    'GET /api/subjects': () => [200, page([{ id: 'm', code: 'MATH', name: 'Mathématiques' }])],
    'GET /api/exams': () => [
      200,
      page([
        { id: 'e1', name: 'Contrôle', classId: 'c1', subjectId: 'm', maxMarks: 20, decimals: 1, date: '2026-12-12', status: 'published' },
      ]),
    ],
    'GET /api/exams/e1/marks': () => [200, sheet],
    'PUT /api/exams/e1/marks': () => [200, sheet],
  });
  server.attach(api, '/api');
});
afterAll(async () => {
  await chooseLanguage(null);
  await server.close();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

function show() {
  const router = createMemoryRouter([{ path: '/marks', element: <MarksPage /> }], {
    initialEntries: ['/marks?pick=c1:s1&subject=m&exam=e1'],
  });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('the marks sheet in French', () => {
  beforeAll(() => chooseLanguage('fr'));

  it('names the exam with a French date, explains the cells in French and takes ABS and decimal commas', async () => {
    show();
    expect(await screen.findByText('Contrôle · 6A A · MATH Mathématiques · sam. 12 déc. 2026 · (publié)')).toBeTruthy();
    const ann = await screen.findByLabelText('Note de Ann Q');
    // A saved 12.5 is written the French way, and read back.
    expect((screen.getByLabelText('Note de Ben Q') as HTMLInputElement).value).toBe('12,5');
    expect(document.querySelector('caption')?.textContent).toMatch(/^Notes sur 20 \(1 décimale au plus\) ; ABS pour un absent/);

    fireEvent.change(ann, { target: { value: '1O' } });
    expect(document.getElementById(ann.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Ann Q : « 1O » n’est pas une note : saisissez un nombre de 0 à 20, ou ABS si l’élève est absent',
    );
    fireEvent.change(ann, { target: { value: '7,25' } });
    expect(document.getElementById(ann.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Ann Q : 1 décimale au plus');

    fireEvent.change(ann, { target: { value: 'abs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les notes' }));
    expect(await screen.findByText('2 notes enregistrées.')).toBeTruthy();
    expect(server.seen.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual({
      sectionId: 's1',
      marks: [
        { studentId: 'k1', score: null },
        { studentId: 'k2', score: 12.5 },
      ],
    });
  });
});

describe('marks typed in Arabic', () => {
  beforeAll(() => chooseLanguage('ar'));

  it('reads Arabic-Indic digits, the Arabic decimal mark and غ for an absence; AB still counts', () => {
    expect(readCell('١٧', 20, 0)).toEqual({ kind: 'score', value: 17 });
    expect(readCell('٧٫٥', 20, 1)).toEqual({ kind: 'score', value: 7.5 });
    expect(readCell('غ', 20, 0)).toEqual({ kind: 'absent' });
    expect(readCell('AB', 20, 0)).toEqual({ kind: 'absent' });
    expect(readCell('٢١', 20, 0)).toEqual({ kind: 'error', message: '20 على الأكثر' });
  });

  it('keeps Latin names apart from Arabic sentences and counts saved marks with the dual', async () => {
    show();
    // A Latin name inside an Arabic sentence is isolated (U+2068…U+2069), so the bidi algorithm cannot reorder them.
    const ann = await screen.findByLabelText('علامة \u2068Ann Q\u2069');
    fireEvent.change(ann, { target: { value: '1O' } });
    expect(document.getElementById(ann.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '\u2068Ann Q\u2069: «\u20681O\u2069» ليست علامة: أدخل عددًا من 0 إلى 20، أو غ إذا كان الطالب غائبًا',
    );
    fireEvent.change(ann, { target: { value: '١٥' } });
    fireEvent.click(screen.getByRole('button', { name: 'حفظ العلامات' }));
    expect(await screen.findByText('حُفظت علامتان.')).toBeTruthy();
    expect(server.seen.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual({
      sectionId: 's1',
      marks: [
        { studentId: 'k1', score: 15 },
        { studentId: 'k2', score: 12.5 },
      ],
    });
  });
});
