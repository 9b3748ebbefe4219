// End-to-end: the school office's fee day. The office finds a family by name, opens the invoice, records a
// payment and prints its receipt; then checks the defaulters list. axe on every page visited.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, launchBrowser, PASSWORD, root, skipWithoutChromium, startServer } from './harness.mjs';

const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("the office's fee day in a real browser", { skip: skipWithoutChromium }, () => {
  let portal;
  let browser;
  let url;

  before(async () => {
    portal = await startServer();
    const { api } = portal;
    await portal.createSchool('office', 'Office Academy');
    const token = await portal.signInApi('office', 'admin@office.test');
    const call = (method, p, body) => api(method, p, body, token, { 'X-Tenant-ID': 'office' });
    const year = await call('POST', '/academic-years', {
      name: 'This year',
      startDate: day(-100),
      endDate: day(200),
      terms: [{ name: 'Term 1', startDate: day(-100), endDate: day(200) }],
    });
    const grade = await call('POST', '/grade-levels', { name: 'Grade 1', order: 1 });
    const cls = await call('POST', '/classes', {
      name: '1A',
      academicYearId: year.id,
      gradeLevelId: grade.id,
      sections: [{ name: 'Blue' }],
    });
    const mum = await call('POST', '/guardians', { firstName: 'Grace', lastName: 'Mwangi', contact: { phone: '+254700000009' } });
    for (const [firstName, lastName, guardianIds] of [
      ['Amani', 'Mwangi', [mum.id]],
      ['Tom', 'Otieno', []],
    ]) {
      await call('POST', '/students', { firstName, lastName, classId: cls.id, sectionId: cls.sections[0].id, guardianIds });
    }
    const structure = await call('POST', '/fees/structures', {
      name: 'Term 1 fees',
      termId: year.terms[0].id,
      gradeLevelId: grade.id,
      items: [
        { name: 'Tuition', amount: 120_000 },
        { name: 'Books', amount: 5_050 },
      ],
      dueDate: day(-20),
    });
    await call('POST', `/fees/structures/${structure.id}/invoices`, {});
    url = (p) => `${portal.base('office')}${p}`;
    browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('finds a family by name, records a payment on the invoice and prints the receipt', async () => {
    const page = await browser.newPage();
    await page.goto(url('/'));
    await page.getByLabel('Email').fill('admin@office.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();

    await page.getByRole('link', { name: 'Fees', exact: true }).click();
    await page.getByRole('cell', { name: /Amani Mwangi/ }).waitFor();
    await checkA11y(page, 'invoice list');
    await page.getByLabel('Search invoices').fill('grace mwangi');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/search=grace\+mwangi|search=grace%20mwangi/);
    await page.getByRole('cell', { name: 'Tom Otieno' }).waitFor({ state: 'detached' });
    const rows = await page.locator('tbody tr').count();
    assert.equal(rows, 1, 'the search finds the one family');
    await page.getByRole('cell', { name: 'Grace Mwangi' }).waitFor();
    await page.screenshot({ path: path.join(shots, 'fees.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    const listWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(listWidth <= 390, `the invoice list fits a phone (${listWidth}px)`);
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByRole('link', { name: /^INV-/ }).click();
    await page.getByRole('heading', { name: /^Invoice INV-/ }).waitFor();
    await checkA11y(page, 'invoice page');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.getByLabel(/^Amount/).fill('500');
    await page.getByLabel('Method').selectOption('mobile_money');
    await page.getByLabel('Reference (optional)').fill('MPESA-7781');
    await checkA11y(page, 'payment form');
    await page.getByRole('form', { name: 'Record payment' }).getByRole('button', { name: 'Record payment' }).click();
    await page.getByText(/recorded: receipt RCT-/).waitFor();
    // Still overdue (750.50 was due 20 days ago); the paid figure is read again.
    await page.getByText('Overdue', { exact: true }).waitFor();
    await page.getByRole('definition').filter({ hasText: '$500.00' }).waitFor();

    await page.getByRole('link', { name: 'Print the receipt' }).click();
    await page.getByRole('heading', { name: /^Receipt RCT-/ }).waitFor();
    const receipt = await page.getByRole('article').innerText();
    assert.match(receipt, /Office Academy/);
    assert.match(receipt, /Five hundred US dollars only/);
    assert.match(receipt, /\$750\.50/, 'the balance after the payment');
    await checkA11y(page, 'receipt');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(shots, 'receipt.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Back to the list: the filter is still in the address.
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/search=/);
    await page.getByRole('cell', { name: 'Grace Mwangi' }).waitFor();
    await page.close();
  });

  it('lists the defaulters with guardian contacts', async () => {
    const page = await browser.newPage();
    await page.goto(url('/'));
    await page.getByLabel('Email').fill('admin@office.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();
    await page.goto(url('/fees/defaulters'));
    await page.getByRole('heading', { name: 'Defaulters' }).waitFor();
    await page.getByRole('link', { name: 'Tom Otieno' }).waitFor();
    const table = await page.getByRole('table').innerText();
    assert.match(table, /Amani Mwangi/);
    assert.match(table, /\+254700000009/);
    assert.match(table, /\b20\b/, 'twenty days overdue');
    await checkA11y(page, 'defaulters');
    await page.setViewportSize({ width: 390, height: 844 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the defaulters page fits a phone (${width}px)`);
    await page.close();
  });
});
