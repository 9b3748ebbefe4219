// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi, page } from '../../test/fake-api';
import { MarksPage } from './MarksPage';
import { readCell } from './components/cell';

const sheet = {
  examId: 'e1',
  sectionId: 's1',
  maxMarks: 20,
  decimals: 0,
  students: [
    { studentId: 'k1', name: 'Ann Q', score: null, absent: false, remark: null },
    { studentId: 'k2', name: 'Ben Q', score: 12, absent: false, remark: null },
    { studentId: 'k3', name: 'Cat Q', score: null, absent: false, remark: null },
  ],
};
let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/classes': () => [200, page([{ id: 'c1', name: '6A', sections: [{ id: 's1', name: 'A' }] }])],
    'GET /api/subjects': () => [200, page([{ id: 'm', code: 'MATH', name: 'Mathematics' }])],
    'GET /api/exams': () => [
      200,
      page([
        { id: 'e1', name: 'End of term', classId: 'c1', subjectId: 'm', maxMarks: 20, decimals: 0, date: '2026-12-12', status: 'draft' },
      ]),
    ],
    'GET /api/exams/e1/marks': () => [200, sheet],
    'PUT /api/exams/e1/marks': () => [200, sheet],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
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

describe('reading a mark cell', () => {
  it('takes numbers within the maximum and AB, and never reads a typo as absent', () => {
    expect(readCell('17', 20, 0)).toEqual({ kind: 'score', value: 17 });
    expect(readCell(' ab ', 20, 0)).toEqual({ kind: 'absent' });
    expect(readCell('', 20, 0)).toEqual({ kind: 'empty' });
    expect(readCell('1O', 20, 0).kind).toBe('error');
    expect(readCell('abc', 20, 0).kind).toBe('error');
    expect(readCell('21', 20, 0)).toEqual({ kind: 'error', message: 'At most 20' });
    expect(readCell('7.5', 20, 0)).toEqual({ kind: 'error', message: 'Whole marks only' });
    expect(readCell('7.5', 20, 1)).toEqual({ kind: 'score', value: 7.5 });
  });
});

describe('marks grid', () => {
  it('labels each exam with its class, subject and date', async () => {
    show();
    expect(await screen.findByText('End of term · 6A A · MATH Mathematics · Sat, Dec 12, 2026')).toBeTruthy();
  });

  it('shows "1O" as an error on that student\'s cell and saves nothing until it is fixed', async () => {
    show();
    const ann = await screen.findByLabelText('Ann Q mark');
    fireEvent.change(ann, { target: { value: '1O' } });
    expect(ann.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(ann.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/^Ann Q: "1O" is not a mark/);
    const saveButton = screen.getByRole('button', { name: 'Save marks' }) as HTMLButtonElement;
    expect(saveButton.disabled).toBe(true);
    fireEvent.submit(saveButton.closest('form')!);
    expect(server.seen.filter((r) => r.method === 'PUT')).toHaveLength(0);

    fireEvent.change(ann, { target: { value: '10' } });
    expect(ann.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(saveButton);
    expect(await screen.findByText('Saved 2 marks.')).toBeTruthy();
    expect(server.seen.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual({
      sectionId: 's1',
      marks: [
        { studentId: 'k1', score: 10 },
        { studentId: 'k2', score: 12 },
      ],
    });
  });

  it('moves between students with the arrow keys and Enter, like a spreadsheet', async () => {
    show();
    const ann = await screen.findByLabelText('Ann Q mark');
    const ben = screen.getByLabelText('Ben Q mark');
    const cat = screen.getByLabelText('Cat Q mark');
    ann.focus();
    fireEvent.keyDown(ann, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(ben);
    fireEvent.keyDown(ben, { key: 'Enter' });
    expect(document.activeElement).toBe(cat);
    fireEvent.keyDown(cat, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(ben);
  });

  it('keeps typed marks as a draft across a reload until they are saved', async () => {
    show();
    fireEvent.change(await screen.findByLabelText('Cat Q mark'), { target: { value: 'AB' } });
    cleanup();
    show();
    expect(((await screen.findByLabelText('Cat Q mark')) as HTMLInputElement).value).toBe('AB');
    expect(screen.getByText(/Unsaved marks from earlier were restored/)).toBeTruthy();
  });
});
