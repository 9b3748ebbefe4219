// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { createQueryClient } from '../../../lib/query';
import { chooseLanguage } from '../../../i18n';
import { fakeApi } from '../../../test/fake-api';
import { StudentGuardians } from './StudentGuardians';
import type { Guardian } from '../api/students';

const amani: Guardian = {
  id: 'g1',
  firstName: 'Amani',
  lastName: 'Brown',
  relationship: 'mother',
  contact: { email: 'amani@family.test', phone: '+254712345678' },
  userId: null,
};
const student = { id: 's1', guardianIds: ['g1'] };

// Under a busy CI machine the first render waits for the lazy query client and the fake server.
configure({ asyncUtilTimeout: 5000 });

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/guardians': () => [
      200,
      { data: [amani, { ...amani, id: 'g2', firstName: 'Baraka', contact: {} }], page: 1, limit: 10, total: 2, totalPages: 1 },
    ],
    'POST /api/students/s1/guardians': (req) => {
      const body = req.body as { guardian?: { firstName: string; contact?: { email?: string } } };
      if (body.guardian?.contact?.email === 'bad')
        return [
          400,
          {
            message: 'Invalid input',
            error: 'VALIDATION_ERROR',
            details: [{ path: 'guardian.contact.email', message: 'Invalid email address' }],
          },
        ];
      return [200, { ...student, guardianIds: ['g1', 'g2'] }];
    },
    'DELETE /api/students/s1/guardians/g1': () => [200, { ...student, guardianIds: [] }],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
beforeEach(() => server.seen.splice(0));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const show = (canManage = true) =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <StudentGuardians studentId="s1" guardians={[amani]} canManage={canManage} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("a student's guardians", { timeout: 15_000 }, () => {
  it('shows contacts, and offers a parent nothing to change', () => {
    show(false);
    expect(screen.getByRole('link', { name: '+254712345678' }).getAttribute('href')).toBe('tel:+254712345678');
    expect(screen.getByRole('link', { name: 'amani@family.test' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('attaches an existing guardian found by name, leaving out those already linked', async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Attach an existing guardian' }));
    fill('Find a guardian by name, email or phone', 'Brown');
    fireEvent.click(await screen.findByRole('button', { name: 'Attach Baraka Brown' }));
    expect(screen.queryByRole('button', { name: 'Attach Amani Brown' })).toBeNull();
    await waitFor(() => expect(server.seen.some((r) => r.method === 'POST')).toBe(true));
    expect(server.seen.find((r) => r.method === 'POST')?.body).toEqual({ guardianId: 'g2' });
    expect(server.seen.find((r) => r.method === 'GET')?.query).toMatchObject({ search: 'Brown' });
  });

  it("adds a new guardian, showing the server's message at the field it names", async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Add a new guardian' }));
    fill('First name', 'Kofi');
    fill('Last name', 'Brown');
    fill('Email', 'bad');
    fireEvent.click(screen.getByRole('button', { name: 'Add guardian' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Invalid email address');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    fill('Email', 'kofi@family.test');
    fireEvent.click(screen.getByRole('button', { name: 'Add guardian' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New guardian' })).toBeNull());
    expect(server.seen.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { guardian: { firstName: 'Kofi', lastName: 'Brown', contact: { email: 'bad' } } },
      { guardian: { firstName: 'Kofi', lastName: 'Brown', contact: { email: 'kofi@family.test' } } },
    ]);
  });

  it('detaches after confirmation', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Detach Amani Brown' }));
    await waitFor(() => expect(server.seen.map((r) => `${r.method} ${r.path}`)).toContain('DELETE /api/students/s1/guardians/g1'));
  });

  it('asks in Arabic before detaching, with the phone number kept left to right in the right-to-left page', async () => {
    await chooseLanguage('ar');
    try {
      const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
      show();
      expect(screen.getByRole('heading', { name: 'أولياء الأمور' })).toBeTruthy();
      // Without its own direction "+254712345678" would show as "254712345678+" inside Arabic.
      expect(screen.getByRole('link', { name: '+254712345678' }).getAttribute('dir')).toBe('ltr');
      fireEvent.click(screen.getByRole('button', { name: 'فك ربط Amani Brown' }));
      expect(confirm).toHaveBeenCalledWith('فك ربط Amani Brown بهذا الطالب؟ يبقى سجله محفوظًا.');
      expect(server.seen.some((r) => r.method === 'DELETE')).toBe(false);
    } finally {
      await chooseLanguage(null);
    }
  });
});
