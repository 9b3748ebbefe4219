// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { createQueryClient } from '../../../lib/query';
import { fakeApi } from '../../../test/fake-api';
import { StudentForm } from './StudentForm';
import type { Student } from '../api/students';

const page = <T,>(data: T[]): [number, unknown] => [200, { data, page: 1, limit: 100, total: data.length, totalPages: 1 }];
const existing = { id: 's1', firstName: 'Priya', lastName: 'Brown', admissionNumber: 'DEMO-2026-0001' };
const priya: Student = {
  ...existing,
  dateOfBirth: '2016-03-02',
  gender: 'female',
  classId: 'c1',
  sectionId: 'x1',
  guardianIds: [],
  contact: {},
  status: 'enrolled',
  placements: [],
  userId: null,
};

// Under a busy CI machine the first render waits for the lazy query client and the fake server.
configure({ asyncUtilTimeout: 5000 });

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/academic-years': () => page([]),
    'GET /api/grade-levels': () => page([]),
    'GET /api/subjects': () => page([]),
    'GET /api/classes': () =>
      page([
        { id: 'c1', name: '4B', sections: [{ id: 'x1', name: 'East' }] },
        { id: 'c2', name: '5A', sections: [{ id: 'x2', name: 'West' }] },
      ]),
    'POST /api/students': (req) => {
      const body = req.body as { confirmDuplicate?: boolean; firstName: string };
      if (!body.firstName)
        return [400, { message: 'Invalid input', error: 'VALIDATION_ERROR', details: [{ path: 'firstName', message: 'Required' }] }];
      if (!body.confirmDuplicate)
        return [409, { message: 'Possible duplicate', error: 'POSSIBLE_DUPLICATE', details: { existing: { ...priya, ...existing } } }];
      return [201, { ...priya, id: 's2' }];
    },
    'PATCH /api/students/s1': (req) => [200, { ...priya, ...(req.body as object) }],
    'POST /api/students/s1/move': () => [200, { ...priya, classId: 'c2', sectionId: 'x2' }],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
beforeEach(() => server.seen.splice(0));
afterEach(cleanup);

const show = (student?: Student) => {
  const onDone = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <StudentForm student={student} onDone={onDone} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onDone;
};
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the student form', { timeout: 15_000 }, () => {
  it('warns about an exact duplicate before saving, and saves only on "Save anyway"', async () => {
    const onDone = show();
    await screen.findByRole('option', { name: '4B East' });
    fill('First name', 'Priya');
    fill('Last name', 'Brown');
    fill('Date of birth', '2016-03-02');
    fill('Class and section', 'c1:x1');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('Priya Brown (DEMO-2026-0001) already has the same name, date of birth and class');
    expect(screen.getByRole('link', { name: 'Priya Brown (DEMO-2026-0001)' }).getAttribute('href')).toBe('/students/s1');
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ id: 's2' })));
    expect(server.seen.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { firstName: 'Priya', lastName: 'Brown', dateOfBirth: '2016-03-02', classId: 'c1', sectionId: 'x1' },
      { firstName: 'Priya', lastName: 'Brown', dateOfBirth: '2016-03-02', classId: 'c1', sectionId: 'x1', confirmDuplicate: true },
    ]);
  });

  it("shows the server's message at its field", async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Required');
    expect(screen.getByLabelText('First name').getAttribute('aria-invalid')).toBe('true');
  });

  it("edits with the student's current class and status shown, and moves them when the class changes", async () => {
    const onDone = show(priya);
    await screen.findByRole('option', { name: '5A West' });
    expect((screen.getByLabelText('Class and section') as HTMLSelectElement).value).toBe('c1:x1');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('enrolled');
    fill('Status', 'withdrawn');
    fill('Class and section', 'c2:x2');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const writes = server.seen.filter((r) => r.method !== 'GET').map((r) => [r.method, r.path, r.body]);
    expect(writes).toEqual([
      [
        'PATCH',
        '/api/students/s1',
        { firstName: 'Priya', lastName: 'Brown', dateOfBirth: '2016-03-02', gender: 'female', status: 'withdrawn' },
      ],
      ['POST', '/api/students/s1/move', { classId: 'c2', sectionId: 'x2' }],
    ]);
  });
});
