// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from '../lib/api';
import { createQueryClient } from '../lib/query';
import { fakeApi, page } from '../test/fake-api';
import { ResourcePage } from './ResourcePage';

interface Row {
  id: string;
  code: string;
  name: string;
  periods: number;
}
const rows: Row[] = [
  { id: 'a1', code: 'MATH', name: 'Mathematics', periods: 5 },
  { id: 'a2', code: 'ART', name: 'Art', periods: 2 },
];

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/subjects': () => [200, page(rows)],
    'POST /api/subjects': (req) => {
      const b = req.body as Partial<Row>;
      if (b.code === 'MATH')
        return [
          409,
          { message: 'A subject with this code already exists', error: 'DUPLICATE', details: [{ path: 'code', message: 'Already used' }] },
        ];
      return [201, { id: 'a3', ...b }];
    },
    'DELETE /api/subjects/a2': () => [204, undefined],
    'GET /api/classes': () => [200, page([])],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(() => {
  cleanup();
  server.seen.length = 0;
  vi.restoreAllMocks();
});

/** Each render with its own cache (as each page load would have), inside a router for the hints' links. */
const withQueries = (ui: ReactElement) =>
  render(
    <MemoryRouter>
      <QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>
    </MemoryRouter>,
  );

const subjects = (canWrite = true) =>
  withQueries(
    <ResourcePage<Row>
      title="Subjects"
      endpoint="/subjects"
      defaultSort="code"
      canWrite={canWrite}
      columns={[
        { label: 'Code', value: (r) => r.code, sort: 'code' },
        { label: 'Name', value: (r) => r.name },
      ]}
      fields={[
        { name: 'code', label: 'Code', required: true },
        { name: 'name', label: 'Name', required: true },
        { name: 'periods', label: 'Periods a week', type: 'number' },
        { name: 'description', label: 'Description' },
      ]}
    />,
  );

describe('ResourcePage', () => {
  it('lists from the server and sorts on the server when a column is clicked', async () => {
    subjects();
    await screen.findByRole('cell', { name: 'Mathematics' });
    expect(server.seen[0]!.query).toMatchObject({ page: '1', limit: '20', sort: 'code' });
    fireEvent.click(screen.getByRole('button', { name: 'Code' }));
    await waitFor(() => expect(server.seen.at(-1)!.query.sort).toBe('-code'));
    expect(screen.getByRole('columnheader', { name: 'Code' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('sends what was typed (numbers as numbers, blanks left out) and shows the API field errors at their fields', async () => {
    subjects();
    await screen.findByRole('cell', { name: 'Art' });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const form = screen.getByRole('form', { name: 'New Subjects' });
    fireEvent.change(within(form).getByLabelText('Code'), { target: { value: 'MATH' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: ' Maths again ' } });
    fireEvent.change(within(form).getByLabelText('Periods a week'), { target: { value: '4' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Already used')).toBeTruthy();
    expect(within(form).getByLabelText('Code').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Name').getAttribute('aria-invalid')).toBe('false');
    expect(server.seen.find((r) => r.method === 'POST')!.body).toEqual({ code: 'MATH', name: 'Maths again', periods: 4 });

    // Corrected, it saves, closes the form and reloads the list.
    fireEvent.change(within(form).getByLabelText('Code'), { target: { value: 'MUS' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New Subjects' })).toBeNull());
    await waitFor(() => expect(server.seen.filter((r) => r.method === 'GET')).toHaveLength(2));
  });

  it('deletes only after confirmation', async () => {
    subjects();
    await screen.findByRole('cell', { name: 'Art' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const artRow = screen.getByRole('row', { name: /ART/ });
    fireEvent.click(within(artRow).getByRole('button', { name: 'Delete' }));
    expect(confirm).toHaveBeenCalledOnce();
    expect(server.seen.some((r) => r.method === 'DELETE')).toBe(false);

    confirm.mockReturnValue(true);
    fireEvent.click(within(artRow).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(server.seen.some((r) => r.method === 'DELETE' && r.path === '/api/subjects/a2')).toBe(true));
  });

  it('offers no writing to a role that may not write', async () => {
    subjects(false);
    await screen.findByRole('cell', { name: 'Art' });
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('says what to do next when the list is empty, and shows the hint instead of the form when records cannot be added yet', async () => {
    const classes = (addBlocked?: { text: string; action: { to: string; label: string } }) =>
      withQueries(
        <ResourcePage<{ id: string; name: string }>
          title="Classes"
          endpoint="/classes"
          defaultSort="name"
          canWrite
          columns={[{ label: 'Name', value: (r) => r.name }]}
          fields={[{ name: 'name', label: 'Name' }]}
          emptyHint={{ text: 'No classes yet. Add the first.' }}
          addBlocked={addBlocked}
        />,
      );
    classes();
    expect(await screen.findByText('No classes yet. Add the first.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add' })).toBeTruthy();
    cleanup();

    classes({ text: 'Add an academic year first.', action: { to: '/academic-years', label: 'Go to Years' } });
    expect(await screen.findByText('Add an academic year first.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Years' }).getAttribute('href')).toBe('/academic-years');
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();
  });
});
