// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { api } from '../../lib/api';
import { applySchoolLanguage, i18n } from '../../i18n';
import { fakeApi } from '../../test/fake-api';
import { ImportPage } from './ImportPage';
import { decodeCsv } from './csv';

const report = (encoding: string) => ({
  kind: 'students',
  mode: 'add',
  dryRun: true,
  rows: 1,
  valid: true,
  errors: [],
  created: 1,
  updated: 0,
  guardiansCreated: 0,
  encoding,
});

let server: Awaited<ReturnType<typeof fakeApi>>;
let encoding = 'windows-1252';
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/import/students/template.csv': () => [200, 'admissionNumber,firstName,lastName\r\n'],
    'POST /api/import/students': () => [200, report(encoding)],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(async () => {
  cleanup();
  server.seen.length = 0;
  await applySchoolLanguage(undefined, undefined);
});

// "admissionNumber,firstName,lastName\r\nA1,José,Ñúñez" as Excel on Windows saves it: Windows-1252, é = 0xE9.
const win1252 = Uint8Array.from([
  ...Buffer.from('admissionNumber,firstName,lastName\r\nA1,Jos', 'latin1'),
  0xe9,
  ...Buffer.from(',', 'latin1'),
  0xd1,
  0xfa,
  0xf1,
  ...Buffer.from('ez\r\n', 'latin1'),
]);

async function checkFile(bytes: Uint8Array<ArrayBuffer>, name = 'eleves.csv') {
  render(<ImportPage />);
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File([bytes], name, { type: 'text/csv' })] } });
  // The chosen file's name replaces "No file chosen" beside the page's own file button.
  expect(screen.getByText(i18n.t('imports:noFile'))).toBeTruthy();
  await waitFor(() => expect(document.getElementById('import-file-name')?.textContent).toBe(name));
  await screen.findByText(i18n.t('imports:columnsOf', { name }));
  fireEvent.click(screen.getByRole('button', { name: i18n.t('imports:check') }));
  return screen.findByRole('status');
}

describe('ImportPage', () => {
  it('posts the file’s bytes as saved (no UTF-8 decoding on the way) and says how the server read them', async () => {
    const status = await checkFile(win1252);
    const post = server.seen.find((s) => s.method === 'POST');
    expect(post?.path).toBe('/api/import/students');
    expect(post?.headers['content-type']).toMatch(/^text\/csv/);
    expect(post?.query).toMatchObject({ mode: 'add', dryRun: 'true' });
    // The exact bytes: 4A 6F 73 E9 is "José" in Windows-1252 (a decoded string would arrive as 4A 6F 73 EF BF BD).
    expect(post?.bytes.equals(Buffer.from(win1252))).toBe(true);
    expect([...post!.bytes.subarray(39, 43)]).toEqual([0x4a, 0x6f, 0x73, 0xe9]);
    expect(status.textContent).toContain('Read as Windows-1252 (Western European).');
  });

  it('sends UTF-16 with its byte-order mark untouched and shows the columns it holds', async () => {
    encoding = 'UTF-16LE';
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('admissionNumber,firstName\r\nA1,Zoë\r\n', 'utf16le')]);
    const status = await checkFile(utf16, 'utf16.csv');
    expect(server.seen.find((s) => s.method === 'POST')?.bytes.equals(Buffer.from(utf16))).toBe(true);
    expect(screen.getAllByRole('option', { name: 'firstName' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeTruthy();
    expect(status.textContent).toContain('Read as UTF-16 (little-endian).');
    encoding = 'windows-1252';
  });

  it('says how the file was read in the shown language', async () => {
    await applySchoolLanguage('fr', undefined);
    const status = await checkFile(win1252);
    expect(status.textContent).toContain('Fichier lu en Windows-1252 (Europe occidentale).');
    expect(status.textContent).not.toMatch(/Read as|Nothing was written/);
    await applySchoolLanguage('ar', undefined);
    await waitFor(() => expect(status.textContent).toContain('قُرئ الملف بترميز Windows-1252 (أوروبا الغربية).'));
  });
});

describe('decodeCsv', () => {
  it('reads the headers as the server will: BOM, then UTF-8, else Windows-1252', () => {
    expect(decodeCsv(win1252)).toContain('José,Ñúñez');
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('prénom', 'utf8')]))).toBe('prénom');
    expect(decodeCsv(Uint8Array.from([0xfe, 0xff, ...Buffer.from('\u00e9a', 'utf16le').swap16()]))).toBe('éa');
    expect(decodeCsv(Buffer.from('Zoë', 'utf8'))).toBe('Zoë');
  });
});
