// End-to-end: the platform operator's day in the console, page by page at their addresses: sign in, the schools,
// one school's page (reload keeps it, Back returns to the list), a new school from the wizard, suspended and
// reactivated. axe on every page; screenshots console-schools.png and console-school.png.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, launchBrowser, PASSWORD, root, skipWithoutChromium, startServer } from './harness.mjs';

const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));

describe("the platform operator's day", { skip: skipWithoutChromium }, () => {
  let server;
  let browser;
  let console_;
  let deltaId;

  before(async () => {
    server = await startServer();
    deltaId = (await server.createSchool('delta', 'Delta School')).id;
    await server.createSchool('omega', 'Omega College');
    // A morning at Delta: its admin signs in a dozen times (the console counts the account once today).
    for (let i = 0; i < 12; i++) await server.signInApi('delta', 'admin@delta.test');
    browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
    console_ = `http://localhost:${server.port}/superadmin`;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('works through the console by addresses: Back, reload and links stay in the console', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Suspending asks to confirm and for a reason (kept in the status history).
    page.on('dialog', (d) => void (d.type() === 'prompt' ? d.accept('Invoice unpaid since October') : d.accept()));
    const path_ = () => new URL(page.url()).pathname;

    // A shared link to a school's page, opened signed out: the sign-in form, then that page.
    await page.goto(`${console_}/schools/${deltaId}`);
    await page.getByRole('form', { name: 'Super admin sign in' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'email');
    await checkA11y(page, 'console sign-in');
    await page.getByLabel('Email').fill('root@e2e.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /incorrect/i })
      .waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Delta School' }).waitFor();
    assert.equal(path_(), `/superadmin/schools/${deltaId}`);

    // The overview, then the schools list from the menu.
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('figure', { name: 'Schools by status' }).waitFor();
    assert.equal(path_(), '/superadmin');
    await checkA11y(page, 'console overview');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Schools' }).click();
    await page.getByRole('cell', { name: 'Omega College', exact: true }).waitFor();
    assert.equal(path_(), '/superadmin/schools');
    await checkA11y(page, 'console schools');
    await page.screenshot({ path: path.join(shots, 'console-schools.png') });

    // A filter goes into the address; Back takes it off again.
    await page.getByLabel('Search').fill('delta');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/\/superadmin\/schools\?search=delta$/);
    await page.getByRole('cell', { name: 'Omega College', exact: true }).waitFor({ state: 'detached' });

    // A school's page by its address; reload keeps it; the day's sign-ins are counted.
    await page.getByRole('link', { name: 'Delta School' }).click();
    await page.getByRole('heading', { level: 1, name: 'Delta School' }).waitFor();
    assert.equal(path_(), `/superadmin/schools/${deltaId}`);
    await page.getByText(/\b1 signed in today\b/).waitFor();
    await page.getByRole('figure', { name: 'Accounts signed in per day (last 14 days)' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Delta School' }).waitFor();
    await page.getByRole('heading', { name: 'Status history' }).waitFor();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByText(/\b1 signed in today\b/).waitFor();
    await checkA11y(page, "a school's console page");
    await page.screenshot({ path: path.join(shots, 'console-school.png'), fullPage: true });

    // Back returns to the filtered list, inside the console.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Schools' }).waitFor();
    assert.equal(new URL(page.url()).search, '?search=delta');
    assert.equal(await page.getByLabel('Search').inputValue(), 'delta');
    await page.goBack();
    await page.getByRole('cell', { name: 'Omega College', exact: true }).waitFor();
    assert.equal(path_(), '/superadmin/schools');

    // The wizard at its own address (typed in).
    await page.goto(`${console_}/schools/new`);
    await page.getByRole('heading', { name: 'New school · step 1 of 3' }).waitFor();
    await checkA11y(page, 'new-school wizard');
    await page.getByLabel('School name').fill('Epsilon High');
    await page.getByLabel('Subdomain').fill('delta');
    await page.getByText('This subdomain is already taken').waitFor();
    await page.getByLabel('Subdomain').fill('epsilon');
    await page.getByText('epsilon.localhost is available').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Plan').selectOption('basic');
    await page
      .getByRole('status')
      .filter({ hasText: /students, .* teachers/ })
      .waitFor();
    await checkA11y(page, 'new-school wizard, plan');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel("First admin's name").fill('Eve Epsilon');
    await page.getByLabel("First admin's email").fill('admin@epsilon.test');
    await page.getByLabel("First admin's password").fill(PASSWORD);
    await checkA11y(page, 'new-school wizard, first admin');
    await page.getByRole('button', { name: 'Create school' }).click();
    await page.getByRole('heading', { name: 'School created' }).waitFor();
    await checkA11y(page, 'school created');
    await page.getByRole('link', { name: "Open Epsilon High's page" }).click();
    await page.getByRole('heading', { level: 1, name: 'Epsilon High' }).waitFor();
    assert.match(path_(), /^\/superadmin\/schools\/[0-9a-f]{24}$/);

    // Suspended with a reason, then reactivated; the status history says so.
    await page.getByRole('button', { name: 'Suspend Epsilon High' }).click();
    await page.locator('.badge', { hasText: 'suspended' }).waitFor();
    await page.getByText(/active → suspended by root@e2e\.test \(Invoice unpaid since October\)/).waitFor();
    await page.getByText('Invoice unpaid since October', { exact: true }).waitFor();
    await checkA11y(page, 'a suspended school');
    await page.getByRole('button', { name: 'Activate Epsilon High' }).click();
    await page.locator('.badge', { hasText: /^active$/ }).waitFor();
    await page.getByText(/suspended → active by root@e2e\.test/).waitFor();
    const epsilon = (await server.api('GET', '/superadmin/tenants?search=epsilon', undefined, server.rootToken)).data[0];
    assert.equal(epsilon.status, 'active');

    // The list shows the new school; messages and a mistyped address stay in the console.
    await page.getByRole('link', { name: '← All schools' }).click();
    await page.getByRole('cell', { name: 'Epsilon High', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Messages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await checkA11y(page, 'console messages');
    await page.goto(`${console_}/no-such-page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await checkA11y(page, 'console not found');
    await page.getByRole('link', { name: 'Go to the schools' }).click();
    await page.getByRole('cell', { name: 'Delta School', exact: true }).waitFor();

    // Signing out brings back the form; the school's page is not shown to a signed-out browser.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('form', { name: 'Super admin sign in' }).waitFor();
    await page.goto(`${console_}/schools/${deltaId}`);
    await page.getByRole('form', { name: 'Super admin sign in' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fits a phone: the console pages do not widen a 390 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${console_}/schools`);
    await page.getByLabel('Email').fill('root@e2e.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signed in (its refresh cookie set) before the next pages are loaded afresh.
    await page
      .getByRole('heading', { level: 1, name: 'Schools' })
      .waitFor()
      .catch(async (err) => {
        await page.screenshot({ path: path.join(shots, 'console-phone-failed.png'), fullPage: true });
        throw err;
      });
    const widths = {};
    for (const [at, ready] of [
      ['/schools', () => page.getByRole('cell', { name: 'Delta School', exact: true }).waitFor()],
      // Every section loaded: the last charts, then the audit log.
      [`/schools/${deltaId}`, () => page.getByRole('figure', { name: 'Failures per day (last 14 days)' }).waitFor()],
      ['', () => page.getByRole('figure', { name: 'Schools by status' }).waitFor()],
      ['/messages', () => page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor()],
      ['/schools/new', () => page.getByLabel('School name').waitFor()],
    ]) {
      await page.goto(`${console_}${at}`);
      await ready().catch(async (err) => {
        await page.screenshot({ path: path.join(shots, 'console-phone-failed.png'), fullPage: true });
        throw err;
      });
      widths[at || '/'] = await page.evaluate(() => document.documentElement.scrollWidth);
      if (widths[at || '/'] > 390)
        widths[`${at} wide`] = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > 391 && ![...e.children].some((c) => c.getBoundingClientRect().right > 391))
            .slice(0, 5)
            .map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 60)}`),
        );
    }
    await checkA11y(page, 'console on a phone');
    assert.deepEqual(
      Object.entries(widths).filter(([, w]) => w > 390),
      [],
      `page widths: ${JSON.stringify(widths)}`,
    );
    await context.close();
  });
});
