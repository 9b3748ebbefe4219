// End-to-end: the things that lose work or look broken when they fail, in a real browser on the real server.
// A session ended elsewhere asks to sign in again over the page and the save goes through; a saved theme
// survives a reload; the timetable fits a phone. Every page visited is checked with axe.
import { Buffer } from 'node:buffer';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, launchBrowser, PASSWORD, root, skipWithoutChromium, startServer } from './harness.mjs';

const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));
const NEW_PASSWORD = 'another-horse-battery-2';

describe('work is not lost, branding sticks, phones fit', { skip: skipWithoutChromium }, () => {
  let portal;
  let browser;
  let admin;

  before(async () => {
    portal = await startServer();
    await portal.createSchool('polish', 'Polish Primary', { theme: { primaryColor: '#b91c1c' } });
    admin = await portal.signInApi('polish', 'admin@polish.test');
    browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const as = (method, url, body, token = admin) => portal.api(method, url, body, token, { 'X-Tenant-ID': 'polish' });

  const signIn = async (page, password = PASSWORD) => {
    await page.goto(portal.base('polish'));
    await page.getByLabel('Email').fill('admin@polish.test');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();
  };

  it('a saved theme shows its new colours after a reload', async () => {
    const page = await browser.newPage();
    await signIn(page);
    await page.goto(`${portal.base('polish')}/settings`);
    await page.getByRole('heading', { name: 'School settings' }).waitFor();
    await checkA11y(page, 'settings');
    const primary = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim());
    assert.equal(await primary(), '#b91c1c');
    await page.getByLabel('Primary colour').fill('#1d4ed8');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. The new colours are in use.').waitFor();
    assert.equal(await primary(), '#1d4ed8');
    await page.reload();
    await page.getByRole('heading', { name: 'School settings' }).waitFor();
    assert.equal(await primary(), '#1d4ed8');
    await page.close();
  });

  it('an uploaded logo shows in the portal header and on the sign-in page', async () => {
    // A 2×2 red PNG, uploaded as the settings page does.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
      'base64',
    );
    const res = await fetch(`http://127.0.0.1:${portal.port}/api/files?kind=logo&name=logo.png`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${admin}`, 'X-Tenant-ID': 'polish' },
      body: png,
    });
    assert.equal(res.status, 201, await res.clone().text());
    const { id } = await res.json();
    await as('PATCH', '/settings', { theme: { logoUrl: `/api/files/${id}/public` } });
    const page = await browser.newPage();
    const loaded = (img) => img.evaluate((el) => el.complete && el.naturalWidth > 0);
    await page.goto(portal.base('polish'));
    const loginLogo = page.locator('header.brand img');
    await loginLogo.waitFor();
    assert.ok(await loaded(loginLogo), 'the logo on the sign-in page did not load');
    await signIn(page);
    const headerLogo = page.locator('.topbar .school-name img');
    await headerLogo.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector('.topbar .school-name img');
      return Boolean(img?.complete && img.naturalWidth > 0);
    });
    await checkA11y(page, 'home with the school logo');
    await page.close();
  });

  it('a session ended elsewhere asks to sign in again over the page; what was typed stays and the save goes through', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${portal.base('polish')}/announcements`);
    await page.getByRole('heading', { name: 'Announcements' }).waitFor();
    await page.getByText('New announcement', { exact: true }).click();
    await page.getByLabel('Title').fill('Parents evening');
    await page.getByLabel('Message').fill('Thursday at six, in the hall.');
    await page.getByRole('button', { name: 'Review and send…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm the announcement' });
    await confirm.getByText(/Send “Parents evening” to everyone in the school \(\d+ (person|people)\) in the app\?/).waitFor();
    await checkA11y(page, 'announcement confirmation');

    // The password changes on another device: every other login of the account ends at once.
    await as('PATCH', '/auth/me', { currentPassword: PASSWORD, password: NEW_PASSWORD });

    await confirm.getByRole('button', { name: 'Send now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in again to continue' });
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel('Email').inputValue(), 'admin@polish.test');
    await checkA11y(page, 'sign in again dialog');
    await page.screenshot({ path: path.join(shots, 'sign-in-again.png') });
    // The page under the dialog is still there, as typed; nothing was saved yet.
    assert.equal(await page.getByLabel('Title').inputValue(), 'Parents evening');
    const fresh = await portal.signInApi('polish', 'admin@polish.test', NEW_PASSWORD);
    assert.equal((await as('GET', '/announcements', undefined, fresh)).total, 0);

    await dialog.getByLabel('Password').fill('wrong-password-here');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.getByRole('alert').waitFor();
    await dialog.getByLabel('Password').fill(NEW_PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/read by 0/).waitFor();
    const saved = await as('GET', '/announcements', undefined, fresh);
    assert.deepEqual(
      saved.data.map((a) => [a.title, a.body]),
      [['Parents evening', 'Thursday at six, in the hall.']],
    );
    assert.equal(new URL(page.url()).pathname, '/announcements');
    await checkA11y(page, 'announcements after signing in again');
    await context.close();
    admin = fresh;
  });

  it('a suspended school tells visitors whom to ask, and its admin why (after their password)', async () => {
    const school = await portal.createSchool('paused', 'Paused Primary');
    await portal.api('POST', `/superadmin/tenants/${school.id}/suspend`, { reason: 'Suspended for non-payment' }, portal.rootToken);
    const page = await browser.newPage();
    await page.goto(portal.base('paused'));
    await page.getByRole('heading', { name: "This school's account is suspended" }).waitFor();
    await page.getByText(/Parents and students: please contact the school/).waitFor();
    assert.equal(await page.getByText(/non-payment/).count(), 0);
    await checkA11y(page, 'suspended school');
    await page.getByText('School administrator? See why').click();
    await page.getByLabel('Email').fill('admin@paused.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'See why' }).click();
    await page.getByText('Suspended for non-payment').waitFor();
    await checkA11y(page, 'suspended school, reason shown');
    await page.close();
  });

  it('the timetable of a full week does not widen a phone screen (390 px)', async () => {
    const { id: yearId } = await as('POST', '/academic-years', {
      name: '2026',
      startDate: '2026-01-05',
      endDate: '2026-12-18',
    });
    const { id: gradeLevelId } = await as('POST', '/grade-levels', { name: 'Grade 4', order: 4 });
    const cls = await as('POST', '/classes', { name: '4 Blue', academicYearId: yearId, gradeLevelId, sections: [{ name: 'A' }] });
    const subjects = [];
    for (const [code, name] of [
      ['MAT', 'Mathematics'],
      ['ENG', 'English language'],
      ['SCI', 'Natural sciences'],
    ])
      subjects.push((await as('POST', '/subjects', { code, name })).id);
    const teacher = (await as('POST', '/teachers', { firstName: 'Margaret', lastName: 'Hamilton-Smythe' })).id;
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'])
      for (const [i, start] of ['08:30', '09:30', '10:30'].entries())
        await as('POST', '/timetable', {
          classId: cls.id,
          sectionId: cls.sections[0].id,
          day,
          start,
          end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:15`,
          subjectId: subjects[i],
          teacherId: teacher,
          room: `Room ${i + 101}`,
        });

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, NEW_PASSWORD);
    await page.goto(`${portal.base('polish')}/timetable`);
    await page.getByRole('heading', { name: 'Timetable' }).waitFor();
    await page.getByText('Room 103').first().waitFor();
    await checkA11y(page, 'timetable on a phone');
    await page.screenshot({ path: path.join(shots, 'timetable-phone.png'), fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page is ${width} px wide on a 390 px phone`);
    await context.close();
  });
});
