// End-to-end: a CSV saved by Excel on Windows (Windows-1252: é = 0xE9, Ñ = 0xD1) and uploaded through the import
// page of a French school is checked, imported and stored as "José Ñúñez", and the report says how it was read.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { launchBrowser, PASSWORD, skipWithoutChromium, startServer } from './harness.mjs';

const SCHOOL = 'ecole-encodage';

describe('importing a Windows-1252 file through the page', { skip: skipWithoutChromium }, () => {
  let portal;
  let browser;
  let token;
  before(async () => {
    portal = await startServer();
    await portal.createSchool(SCHOOL, 'École Encodage');
    token = await portal.signInApi(SCHOOL, `admin@${SCHOOL}.test`);
    await portal.api('PATCH', '/settings', { schoolConfig: { language: 'fr' } }, token, { 'X-Tenant-ID': SCHOOL });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('keeps the accents the file was saved with', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(portal.base(SCHOOL));
    await page.getByLabel('Adresse e-mail').fill(`admin@${SCHOOL}.test`);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('main h1').first().waitFor();
    await page.getByRole('link', { name: 'Importer', exact: true }).click();
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    const bytes = Buffer.concat([
      Buffer.from('firstName,lastName\r\n', 'latin1'),
      Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0xd1, 0xfa, 0xf1, 0x65, 0x7a, 0x0d, 0x0a]), // José,Ñúñez (Windows-1252)
    ]);
    await page.locator('input[type=file]').setInputFiles({ name: 'élèves.csv', mimeType: 'text/csv', buffer: bytes });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Fichier lu en' });
    await status.getByText('Fichier lu en Windows-1252 (Europe occidentale).').waitFor();
    await page.getByRole('button', { name: 'Importer 1 ligne' }).click();
    await page.getByText(/Import terminé/).waitFor();
    const found = await portal.api('GET', '/students?limit=50', undefined, token, { 'X-Tenant-ID': SCHOOL });
    assert.deepEqual(
      found.data.map((s) => `${s.firstName} ${s.lastName}`),
      ['José Ñúñez'],
    );
    await page.context().close();
  });
});
