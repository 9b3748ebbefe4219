// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi, page } from '../../test/fake-api';
import { FeesPage } from './FeesPage';
import { filtersFrom } from './invoice-filters';

const CLASS = 'c'.repeat(24);
const SECTION = 'd'.repeat(24);
const row = {
  id: 'inv1',
  number: 'INV-2026-00001',
  studentId: 's1',
  structureId: 'x',
  currency: 'USD',
  lines: [],
  discounts: [],
  waivers: [],
  fines: [],
  instalments: [],
  total: 120000,
  paid: 20000,
  balance: 100000,
  status: 'partially_paid',
  dueDate: '2026-09-30',
  overdue: 100000,
  family: 'Grace Brown',
  student: { id: 's1', name: 'Priya Brown', admissionNumber: 'ADM-7', className: '1A', sectionName: 'A' },
};

/** The machine running the tests may be busy: give answers time. */
const slow = { timeout: 8000 };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/fees/invoices': (req) => [200, req.query.search === 'nobody' ? page([]) : page([row])],
    'GET /api/fees/overdue': () => [200, { date: '2026-12-07', currency: 'USD', totalOverdue: 100000, invoices: [] }],
    'GET /api/classes': () => [200, page([{ id: CLASS, name: '1A', sections: [{ id: SECTION, name: 'A' }] }])],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(() => {
  cleanup();
  server.seen.length = 0;
});

function Where() {
  const { pathname, search } = useLocation();
  return <output data-testid="where">{`${pathname}${search}`}</output>;
}
const where = () => screen.getByTestId('where').textContent;
const open = (at: string) =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path="/fees" element={<FeesPage />} />
        </Routes>
        <Where />
      </MemoryRouter>
    </QueryClientProvider>,
  );
const lastList = () => server.seen.filter((r) => r.path === '/api/fees/invoices').at(-1)?.query;

describe('the invoice list', () => {
  it("shows the student's name, class, family and the overdue state", async () => {
    open('/fees');
    const table = await screen.findByRole('table', {}, slow);
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(expect.arrayContaining(['INV-2026-00001', 'Priya Brown ADM-7', '1A A', 'Grace Brown', 'Overdue']));
    expect(within(table).getByRole('link', { name: 'INV-2026-00001' }).getAttribute('href')).toBe('/fees/invoices/inv1');
  });

  it('takes its filters from the address, so Back and a shared link keep them', async () => {
    open(`/fees?search=priya%20brown&classId=${CLASS}&sectionId=${SECTION}&status=overdue&dueFrom=2026-09-01&dueTo=2026-12-31&page=2`);
    await screen.findByRole('table', {}, slow);
    expect(lastList()).toEqual({
      limit: '25',
      search: 'priya brown',
      classId: CLASS,
      sectionId: SECTION,
      status: 'overdue',
      dueFrom: '2026-09-01',
      dueTo: '2026-12-31',
      page: '2',
    });
    expect((screen.getByLabelText('Search invoices') as HTMLInputElement).value).toBe('priya brown');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('overdue');
  });

  it('puts a changed filter in the address and goes back to the first page', async () => {
    open('/fees?page=3');
    await screen.findByRole('table', {}, slow);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'paid' } });
    await waitFor(() => expect(lastList()).toEqual({ limit: '25', status: 'paid' }), slow);
    expect(where()).toBe('/fees?status=paid');
    fireEvent.change(screen.getByLabelText('Search invoices'), { target: { value: ' ADM-7 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(lastList()).toEqual({ limit: '25', status: 'paid', search: 'ADM-7' }), slow);
    expect(where()).toBe('/fees?status=paid&search=ADM-7');
  });

  it('sorts by a column header', async () => {
    open('/fees');
    await screen.findByRole('table', {}, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Balance' }));
    await waitFor(() => expect(lastList()).toMatchObject({ sort: 'balance' }), slow);
    fireEvent.click(await screen.findByRole('button', { name: 'Balance' }, slow));
    await waitFor(() => expect(lastList()).toMatchObject({ sort: '-balance' }), slow);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    open('/fees?search=nobody');
    expect(await screen.findByText('No invoice matches these filters.', {}, slow)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Clear filters' })[0]!.getAttribute('href')).toBe('/fees');
  });
});

describe('filters in the address', () => {
  it('drops values the API would refuse', () => {
    expect(filtersFrom(new URLSearchParams('status=late&classId=1&dueFrom=yesterday&sort=name&page=-1'))).toEqual({ limit: 25 });
  });
});
