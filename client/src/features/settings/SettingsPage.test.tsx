// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { applySchoolLanguage, currentLocale, i18n } from '../../i18n';
import { api } from '../../lib/api';
import { fakeApi } from '../../test/fake-api';
import { SettingsPage } from './SettingsPage';

const settings = (schoolConfig: Record<string, unknown>) => ({
  name: 'Colegio Sol',
  schoolConfig,
  theme: { primaryColor: '#1d4ed8', secondaryColor: '#f59e0b', fontFamily: 'system-ui' },
  features: { library: true },
  staffAccess: ['people'],
  plan: 'standard',
});
const stored = { currency: 'EUR', timeZone: 'Europe/Madrid', language: 'en', locale: 'en-GB', weekStart: 1 };

/** The machine running the tests may be busy: give answers time. */
const slow = { timeout: 8000 };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/settings': () => [200, settings(stored)],
    'PATCH /api/settings': (req) => {
      const config = (req.body as { schoolConfig: Record<string, unknown> }).schoolConfig;
      return config.locale === 'es-XQ-!!'
        ? [
            400,
            {
              message: 'Invalid request',
              error: 'VALIDATION_ERROR',
              details: [{ path: 'schoolConfig.locale', message: 'must be a BCP 47 locale like fr-SN' }],
            },
          ]
        : [200, settings({ ...stored, ...config })];
    },
    'GET /api/settings/messaging': () => [200, { senderName: null, replyTo: null, fromAddress: null, ownSmtp: false, smtpHost: null }],
    'GET /api/settings/domain': () => [200, { domain: null, pending: null }],
  });
  server.attach(api, '/api');
});
afterAll(async () => {
  await applySchoolLanguage(undefined, undefined);
  await server.close();
});
afterEach(cleanup);

describe('school settings: time zone, language, locale and week start', () => {
  it('shows the stored ones, puts a refused locale on its field, and a new default language shows at once', async () => {
    render(
      <MemoryRouter>
        <SettingsPage />
      </MemoryRouter>,
    );
    const zone = await screen.findByLabelText('Time zone', {}, slow);
    expect((zone as HTMLInputElement).value).toBe('Europe/Madrid');
    expect((screen.getByLabelText('Default language') as HTMLSelectElement).value).toBe('en');
    expect((screen.getByLabelText(/^Locale/) as HTMLInputElement).value).toBe('en-GB');
    expect((screen.getByLabelText('First day of the week') as HTMLSelectElement).value).toBe('1');

    // Choosing Spanish drops the English locale; the suggestions are Spanish ones.
    fireEvent.change(screen.getByLabelText('Default language'), { target: { value: 'es' } });
    expect((screen.getByLabelText(/^Locale/) as HTMLInputElement).value).toBe('');
    expect(document.querySelector('datalist option[value="es-MX"]')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Locale/), { target: { value: 'es-XQ-!!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('must be a BCP 47 locale like fr-SN', {}, slow)).toBeTruthy();
    expect(screen.getByLabelText(/^Locale/).getAttribute('aria-invalid')).toBe('true');
    expect(i18n.language).toBe('en');

    fireEvent.change(screen.getByLabelText(/^Locale/), { target: { value: 'es-MX' } });
    fireEvent.change(screen.getByLabelText('First day of the week'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    // Saved, and the page is in the school's new language with its locale's formats.
    expect(await screen.findByText('Guardado. Los nuevos colores ya se aplican.', {}, slow)).toBeTruthy();
    expect(currentLocale()).toBe('es-MX');
    expect(screen.getByRole('heading', { level: 1, name: 'Configuración del centro' })).toBeTruthy();
    expect(server.seen.filter((r) => r.method === 'PATCH').at(-1)!.body).toMatchObject({
      schoolConfig: { currency: 'EUR', timeZone: 'Europe/Madrid', language: 'es', locale: 'es-MX', weekStart: 7 },
    });
  }, 20_000);
});
