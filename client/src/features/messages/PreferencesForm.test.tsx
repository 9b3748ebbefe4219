// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { api } from '../../lib/api';
import { fakeApi } from '../../test/fake-api';
import { PreferencesForm } from './PreferencesForm';

const stored = {
  categories: {
    absence: { email: true, sms: true },
    fees: { email: true, sms: false },
    results: { email: true, sms: false },
    announcements: { email: true, sms: false },
  },
  quietHours: null as null | { start: string; end: string },
  timeZone: 'Pacific/Auckland',
  smsAvailable: true,
};

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/me/message-preferences': () => [200, stored],
    'PUT /api/me/message-preferences': (req) => {
      const body = req.body as typeof stored;
      if (body.quietHours && body.quietHours.start === body.quietHours.end)
        return [
          400,
          {
            message: 'Invalid request',
            error: 'VALIDATION_ERROR',
            details: [{ path: 'quietHours.end', message: 'start and end must differ' }],
          },
        ];
      return [200, { ...stored, ...body }];
    },
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(cleanup);

describe('message preferences on the account page', () => {
  it('shows what comes by email and SMS, and saves a change with quiet hours in the school’s zone', async () => {
    render(<PreferencesForm />);
    const feesSms = (await screen.findByLabelText('Fee reminders by SMS')) as HTMLInputElement;
    expect(feesSms.checked).toBe(false);
    expect((screen.getByLabelText('Absences by SMS') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Announcements by email'));
    fireEvent.click(feesSms);
    fireEvent.click(screen.getByLabelText('Quiet hours for text messages'));
    expect(screen.getByText(/Pacific\/Auckland/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '07:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    const sent = server.seen.filter((r) => r.method === 'PUT').at(-1)!.body;
    expect(sent).toEqual({
      categories: {
        absence: { email: true, sms: true },
        fees: { email: true, sms: true },
        results: { email: true, sms: false },
        announcements: { email: false, sms: false },
      },
      quietHours: { start: '22:00', end: '07:00' },
    });
  });

  it('shows the server’s refusal at the quiet hours', async () => {
    render(<PreferencesForm />);
    fireEvent.click(await screen.findByLabelText('Quiet hours for text messages'));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '07:00' } });
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '07:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('start and end must differ')).toBeTruthy();
  });

  it('offers no quiet hours where the school sends no text messages, and keeps the ones stored', async () => {
    stored.smsAvailable = false;
    stored.quietHours = { start: '21:00', end: '07:00' };
    try {
      render(<PreferencesForm />);
      await screen.findByLabelText('Absences by email');
      expect(screen.queryByLabelText('Absences by SMS')).toBeNull();
      expect(screen.queryByLabelText('Quiet hours for text messages')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
      expect(await screen.findByRole('status')).toBeTruthy();
      const sent = server.seen.filter((r) => r.method === 'PUT').at(-1)!.body as typeof stored;
      expect(sent.quietHours).toEqual({ start: '21:00', end: '07:00' });
    } finally {
      stored.smsAvailable = true;
      stored.quietHours = null;
    }
  });
});
