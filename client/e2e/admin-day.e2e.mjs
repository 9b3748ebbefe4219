// End-to-end: the admin's first day. From an empty school created by the operator, the admin follows the setup
// checklist on the home page through every step (year with a term → grade → class with a section → subject →
// teacher → student → invitation), then takes the first register from the dashboard's "not yet taken" list.
// axe-core checks every page visited; screenshots checklist.png, dashboard-admin.png, dashboard-phone.png.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, launchBrowser, PASSWORD, root, skipWithoutChromium, startServer } from './harness.mjs';

const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));
const SCHOOL = 'firstday';
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("the admin's first day, from an empty school to the first register", { skip: skipWithoutChromium }, () => {
  let portal;
  let browser;

  before(async () => {
    portal = await startServer();
    await portal.createSchool(SCHOOL, 'First Day School');
    browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const signIn = async (page) => {
    await page.goto(portal.base(SCHOOL));
    await page.getByLabel('Email').fill(`admin@${SCHOOL}.test`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();
  };
  const checklist = (page) => page.getByRole('region', { name: 'Set up your school' });
  /** Back home, the checklist counts the step just done, and its next step's link leads on. */
  const nextStep = async (page, done, action) => {
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await checklist(page).getByText(`${done} of 7 steps done.`).waitFor();
    await checklist(page).getByRole('link', { name: action }).click();
  };

  it('follows the checklist through every step and takes the first register', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signIn(page);
    const list = checklist(page);
    await list.getByText('0 of 7 steps done.').waitFor();
    await checkA11y(page, 'home with the setup checklist');
    await page.screenshot({ path: path.join(shots, 'checklist.png') });

    // Classes before a year exists: the page says what to do first instead of a form that cannot be saved.
    await page.getByRole('link', { name: 'Classes', exact: true }).click();
    await page.getByText('add an academic year (with its terms) first').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add', exact: true }).count(), 0);
    await checkA11y(page, 'classes before any year');
    await page.getByRole('link', { name: 'Add an academic year' }).click();

    // 1. The year, with a term around today.
    await page.getByText('No academic year yet.').waitFor();
    await checkA11y(page, 'academic years, empty');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('This year');
    await page.getByLabel('Starts').fill(day(-60));
    await page.getByLabel('Ends').fill(day(250));
    await page.getByLabel('Terms, one per line: name, first day, last day').fill(`Term 1, ${day(-60)}, ${day(60)}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'This year (current)' }).waitFor();
    await checkA11y(page, 'academic years');

    // 2. A grade.
    await nextStep(page, 1, 'Add a grade');
    await page.getByText('No grade levels yet.').waitFor();
    await checkA11y(page, 'grade levels, empty');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('Grade 1');
    await page.getByLabel('Order').fill('1');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Grade 1' }).waitFor();

    // 3. A class with a section.
    await nextStep(page, 2, 'Add a class');
    await page.getByText('No classes yet.').waitFor();
    await checkA11y(page, 'classes, empty');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('1');
    await page.getByLabel('Academic year').selectOption({ label: 'This year (current)' });
    await page.getByLabel('Grade level').selectOption({ label: 'Grade 1' });
    await page.getByLabel('Sections of a new class (comma separated, e.g. A, B)').fill('A');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Remove section 1 A' }).waitFor();
    await checkA11y(page, 'classes');

    // 4. A subject.
    await nextStep(page, 3, 'Add a subject');
    await page.getByText('No subjects yet.').waitFor();
    await checkA11y(page, 'subjects, empty');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Code').fill('MATH');
    await page.getByLabel('Name', { exact: true }).fill('Mathematics');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Mathematics' }).waitFor();

    // 5. A teacher.
    await nextStep(page, 4, 'Add a teacher');
    await checkA11y(page, 'teachers, empty');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('First name').fill('Tess');
    await page.getByLabel('Last name').fill('Teacher');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Tess Teacher', exact: true }).waitFor();

    // 6. A student in 1 A.
    await nextStep(page, 5, 'Add a student');
    await checkA11y(page, 'students, empty');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('First name').fill('Sam');
    await page.getByLabel('Last name').fill('Student');
    await page.getByLabel('Class and section').selectOption({ label: '1 A' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Sam Student', exact: true }).waitFor();

    // 7. An invitation: the teacher is invited to sign in from their record.
    await nextStep(page, 6, 'Send an invitation');
    // The record has no email: "Invite…" asks for one.
    await page.getByRole('button', { name: 'Invite…' }).click();
    await page.getByLabel('Email to invite Tess Teacher').fill('tess@firstday.test');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByText(/^Invited, link expires/).waitFor();
    await checkA11y(page, 'teachers, invited');

    // Every step done: the checklist is gone and the day's dashboard shows the register still to take.
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    const registers = page.getByRole('region', { name: 'Registers today' });
    await registers.getByText('0 of 1 taken').waitFor();
    await checklist(page).waitFor({ state: 'detached' });
    await checkA11y(page, 'admin dashboard');

    // The first register, from the dashboard's link.
    await registers.getByRole('link', { name: '1 A' }).click();
    await page.getByLabel('Sam Student absent').check();
    await page.getByRole('button', { name: 'Save register' }).click();
    assert.match(await page.getByText(/^Saved:/).textContent(), /1 absent/);
    await checkA11y(page, 'attendance register');

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await registers.getByText('1 of 1 taken').waitFor();
    const today = page.getByRole('region', { name: 'Attendance today' });
    await today.getByText('0 present · 0 late · 1 absent · 0 excused').waitFor();
    // The school's size links to its lists.
    await page
      .getByRole('region', { name: /^The school/ })
      .getByRole('link', { name: 'Student list: 1' })
      .waitFor();
    await page.screenshot({ path: path.join(shots, 'dashboard-admin.png'), fullPage: true });
    await checkA11y(page, 'admin dashboard after the register');
    await context.close();
  });

  it('shows the dashboard in one column on a phone, without widening the page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page);
    await page.getByRole('region', { name: 'Registers today' }).getByText('1 of 1 taken').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the home page is ${width} px wide on a 390 px phone`);
    const columns = await page.locator('.dashboard-grid').evaluate((g) => getComputedStyle(g).gridTemplateColumns.split(' ').length);
    assert.equal(columns, 1);
    await page.screenshot({ path: path.join(shots, 'dashboard-phone.png'), fullPage: true });
    await checkA11y(page, 'admin dashboard on a phone');
    await context.close();
  });
});
