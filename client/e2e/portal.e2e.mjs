// End-to-end: the real server (its own embedded database in a temporary
// directory), the built client, and Debian's Chromium driven by playwright-core.
// Two schools on alpha.localhost and beta.localhost.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, PASSWORD, root, skipWithoutChromium, startServer } from './harness.mjs';

// Screenshots go to a temporary folder; SCREENSHOT_DIR=docs/screenshots refreshes the ones the README shows.
const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));

describe('school portal in a real browser', { skip: skipWithoutChromium }, () => {
  let portal;
  let browser;
  let base;
  let port;
  let root_;
  let api;

  before(async () => {
    portal = await startServer();
    ({ port, base, api } = portal);
    root_ = portal.rootToken;
    for (const [subdomain, name, primaryColor] of [
      ['alpha', 'Alpha Academy', '#b91c1c'],
      ['beta', 'Beta School', '#047857'],
    ]) {
      await portal.createSchool(subdomain, name, { theme: { primaryColor } });
    }
    browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
    // Every page of the run reports what the Content-Security-Policy refused (checked by the last test).
    const newPage = browser.newPage.bind(browser);
    const newContext = browser.newContext.bind(browser);
    browser.newPage = async (...args) => watchCsp(await newPage(...args));
    browser.newContext = async (...args) => {
      const context = await newContext(...args);
      context.on('page', watchCsp);
      return context;
    };
  });

  const cspRefused = [];
  const watchCsp = (page) => {
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && cspRefused.push(`${page.url()}: ${m.text()}`));
    return page;
  };

  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const signIn = async (page, school) => {
    await page.goto(base(school));
    await page.getByLabel('Email').fill(`admin@${school}.test`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();
  };

  it("shows each school's own branding before sign-in", async () => {
    const page = await browser.newPage();
    for (const [school, name, rgb] of [
      ['alpha', 'Alpha Academy', 'rgb(185, 28, 28)'],
      ['beta', 'Beta School', 'rgb(4, 120, 87)'],
    ]) {
      await page.goto(base(school));
      await page.getByRole('heading', { name }).waitFor();
      const color = await page.getByRole('button', { name: 'Sign in' }).evaluate((b) => getComputedStyle(b).backgroundColor);
      assert.equal(color, rgb);
      if (school === 'alpha') await page.screenshot({ path: path.join(shots, 'login.png') });
    }
    await page.close();
  });

  it('lets an admin create a class and a student and take attendance; the other school sees none of it', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await signIn(page, 'alpha');
    await page.screenshot({ path: path.join(shots, 'home.png') });
    // The school's first year (with a term) and a grade, set up on their screens.
    await page.getByRole('link', { name: 'Years', exact: true }).click();
    await page.getByRole('heading', { name: 'Academic years', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('2026/27');
    await page.getByLabel('Starts').fill('2026-01-01');
    await page.getByLabel('Ends').fill('2027-12-31');
    await page.getByLabel('Terms, one per line: name, first day, last day').fill('Term 1, 2026-01-01, 2027-12-31');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: '2026/27 (current)' }).waitFor();
    await page.getByRole('link', { name: 'Grades', exact: true }).click();
    await page.getByRole('heading', { name: 'Grade levels', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('Grade 4');
    await page.getByLabel('Order').fill('4');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Grade 4' }).waitFor();

    await page.getByRole('link', { name: 'Classes' }).click();
    // The Classes page, not the Grades page's Add button while the next page loads.
    await page.getByRole('heading', { name: 'Classes' }).waitFor();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('4');
    await page.getByLabel('Academic year').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Save' }).click();
    assert.equal(await page.locator('.field-error').first().textContent(), 'Required');
    await page.getByLabel('Grade level').selectOption({ index: 1 });
    await page.getByLabel('Sections of a new class (comma separated, e.g. A, B)').fill('A, B');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('row', { name: /^4\s/ }).waitFor();
    // A section added later, on the class's row.
    page.once('dialog', (d) => d.accept('C'));
    await page.getByRole('button', { name: 'Add section' }).click();
    await page.getByRole('button', { name: 'Remove section 4 C' }).waitFor();

    await page.getByRole('link', { name: 'Students' }).click();
    // The Students page, not the Classes page's Add button while the next page loads.
    await page.getByRole('heading', { name: 'Students', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Alpha');
    await page.getByLabel('Class and section').selectOption({ label: '4 A' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Ada Alpha' }).waitFor();
    await page.screenshot({ path: path.join(shots, 'students.png') });

    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByLabel('Section').selectOption({ label: '4 A' });
    await page.getByLabel('Ada Alpha absent').check();
    await page.getByRole('button', { name: 'Save register' }).click();
    assert.match(await page.getByText(/^Saved:/).textContent(), /1 absent/);
    await page.screenshot({ path: path.join(shots, 'attendance.png') });

    await page.getByRole('link', { name: 'Students' }).click();
    await page.getByRole('link', { name: 'Ada Alpha' }).click();
    await page.getByRole('heading', { name: 'Ada Alpha' }).waitFor();

    await page.getByRole('link', { name: 'Announcements' }).click();
    await page.getByText('New announcement').click();
    await page.getByLabel('Title').fill('Sports day');
    await page.getByLabel('Message').fill('Friday at 10.');
    await page.getByRole('button', { name: 'Review and send…' }).click();
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.locator('summary', { hasText: 'Sports day' }).waitFor();

    // Same browser, the other school: not signed in there, and none of Alpha's data once signed in.
    await page.goto(base('beta'));
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(page, 'beta');
    await page.getByRole('link', { name: 'Students' }).click();
    await page.getByText(/^No students yet\./).waitFor();
    await page.getByRole('link', { name: 'Classes' }).click();
    await page.getByText('add an academic year (with its terms) first').waitFor();
    await context.close();
  });

  it("does the rest of a school day: an exam's marks and a fee payment", async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await signIn(page, 'alpha');
    await page.getByRole('link', { name: 'Subjects', exact: true }).click();
    await page.getByRole('heading', { name: 'Subjects', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Code').fill('MATH');
    await page.getByLabel('Name', { exact: true }).fill('Mathematics');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Mathematics' }).waitFor();

    await page.getByRole('link', { name: 'Exams', exact: true }).click();
    await page.getByRole('heading', { name: 'Exams', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('Fractions quiz');
    await page.getByLabel('Term (new exams)').selectOption({ index: 1 });
    await page.getByLabel('Class (new exams)').selectOption({ label: '4' });
    await page.getByLabel('Subject (new exams)').selectOption({ index: 1 });
    await page.getByLabel('Out of').fill('20');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Fractions quiz' }).waitFor();

    await page.getByRole('link', { name: 'Marks', exact: true }).click();
    // Class and section → subject → exam.
    await page.getByLabel('Class and section').selectOption({ label: '4 A' });
    await page.getByLabel('Subject').selectOption({ index: 1 });
    await page.getByLabel('Exam').selectOption({ index: 1 });
    await page.getByLabel('Ada Alpha mark').fill('17');
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.getByText(/^Saved/).waitFor();
    await page.screenshot({ path: path.join(shots, 'marks.png') });

    await page.getByRole('link', { name: 'Fee setup', exact: true }).click();
    await page.getByRole('button', { name: 'New structure' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Term 1 fees');
    await page.getByLabel('Term', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Grade', { exact: true }).selectOption({ label: 'Grade 4' });
    await page.getByLabel(/^Items, one per line/).fill('Tuition: 1200\nBooks: 80');
    await page.getByLabel('Due date').fill('2026-02-01');
    await page.getByRole('button', { name: 'Save structure' }).click();
    await page.getByRole('cell', { name: 'Term 1 fees' }).waitFor();
    await page.getByRole('button', { name: 'Invoice', exact: true }).click();
    await page.getByRole('button', { name: 'Create invoices' }).click();
    await page.getByText('Term 1 fees: 1 invoice created, 0 already existed.').waitFor();

    await page.getByRole('link', { name: 'Fees', exact: true }).click();
    await page.getByRole('link', { name: /^INV-/ }).first().click();
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.getByLabel(/^Amount/).fill('500');
    await page.getByLabel('Method').selectOption('mobile_money');
    await page.getByRole('form', { name: 'Record payment' }).getByRole('button', { name: 'Record payment' }).click();
    await page.getByText(/recorded: receipt /).waitFor();
    await page.screenshot({ path: path.join(shots, 'fees.png') });

    // The dashboard now charts what was done.
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('figure', { name: 'Attendance by week (daily registers, present or late)' }).waitFor();
    await page.getByRole('region', { name: /^Fees, / }).waitFor();
    await page.screenshot({ path: path.join(shots, 'dashboard.png') });
    await context.close();
  });

  it('works on a phone-sized screen: navigation behind the menu button', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'alpha');
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.isVisible(), false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Students', exact: true }).click();
    await page.getByRole('cell', { name: 'Ada Alpha' }).waitFor();
    assert.equal(await nav.isVisible(), false, 'following a link closes the menu');
    // Runs in the page, where document and window exist.
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
    await page.screenshot({ path: path.join(shots, 'phone.png') });
    await context.close();
  });

  it('gives a teacher their classes, a register in a few clicks, and the marks sheet', async () => {
    const school = async (method, url, body, token) => {
      const res = await fetch(`http://127.0.0.1:${port}/api${url}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Tenant-ID': 'alpha', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    };
    const admin = (await school('POST', '/auth/login', { email: 'admin@alpha.test', password: PASSWORD })).accessToken;
    const teacher = await school('POST', '/teachers', { firstName: 'Tom', lastName: 'Teach', account: { email: 'tom@alpha.test' } }, admin);
    const [cls] = (await school('GET', '/classes?search=4', undefined, admin)).data;
    const [subject] = (await school('GET', '/subjects', undefined, admin)).data;
    const section = cls.sections.find((s) => s.name === 'A');
    await school('POST', '/assignments', { classId: cls.id, sectionId: section.id, subjectId: subject.id, teacherId: teacher.id }, admin);

    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    // The teacher opens the set-password link of the invitation.
    await page.goto(`${base('alpha')}${teacher.invitation.url}`);
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('The same again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('tom@alpha.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My classes' }).waitFor();
    await page.screenshot({ path: path.join(shots, 'teacher.png') });
    await page.getByRole('link', { name: 'Take attendance' }).click();
    await page.getByText('Ada Alpha').first().waitFor();
    await page.getByRole('button', { name: 'Save register' }).click();
    await page.getByText(/^Saved:/).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'Enter marks' }).click();
    // The section comes from the link; the subject is the teacher's to pick.
    await page.getByLabel('Subject').selectOption({ index: 1 });
    await page.getByLabel('Exam').locator('option', { hasText: 'Fractions quiz' }).waitFor({ state: 'attached' });
    assert.equal(await page.getByLabel('Exam').locator('option').count(), 2, "only the class's exams are offered");
    await page.getByLabel('Exam').selectOption({ index: 1 });
    assert.equal(await page.getByLabel('Ada Alpha mark').inputValue(), '17', 'the section is already chosen');
    const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    assert.ok(!nav.includes('Users') && !nav.includes('Settings') && !nav.includes('Fees'), `a teacher's navigation: ${nav}`);
    await context.close();
  });

  it("opens every page of the admin's navigation without an error", async () => {
    const page = await browser.newPage();
    await signIn(page, 'alpha');
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    assert.ok(links.length >= 10);
    for (const name of links) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      assert.equal(await page.getByRole('alert').count(), 0, `${name} shows an error`);
    }
    await page.close();
  });

  it('runs under the Content-Security-Policy: the themed portal and the API docs, with no violation', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const res = await page.goto(base('alpha'));
    assert.match(res.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    // A script injected into the page (what an XSS does) does not run, and the refusal is reported.
    const before = cspRefused.length;
    // (Runs in the page: its document and window, reached through globalThis.)
    const ran = await page.evaluate(() => {
      const s = globalThis.document.createElement('script');
      s.textContent = 'globalThis.injected = true';
      globalThis.document.head.append(s);
      return globalThis.injected === true;
    });
    assert.equal(ran, false);
    for (let i = 0; i < 40 && cspRefused.length === before; i += 1) await new Promise((r) => setTimeout(r, 50));
    assert.match(cspRefused.splice(before).join('\n'), /script-src/);
    // The school's colour (set at runtime) still reaches the page.
    const color = await page.getByRole('button', { name: 'Sign in' }).evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.equal(color, 'rgb(185, 28, 28)');
    await signIn(page, 'alpha');
    for (const name of ['Settings', 'Students', 'Attendance']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await page.goto(`http://127.0.0.1:${port}/api/docs`);
    await page.getByText('School platform API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    assert.deepEqual(cspRefused.slice(before), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("rejects Alpha's session on Beta's API", async () => {
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Tenant-ID': 'alpha' },
      body: JSON.stringify({ email: 'admin@alpha.test', password: PASSWORD }),
    }).then((r) => r.json());
    const res = await fetch(`http://127.0.0.1:${port}/api/students`, {
      headers: { 'X-Tenant-ID': 'beta', Authorization: `Bearer ${login.accessToken}` },
    });
    assert.equal(res.status, 403);
    assert.equal((await res.json()).error, 'TENANT_MISMATCH');
  });

  it('lets the super admin create a school through the wizard, whose admin can then sign in', async () => {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/superadmin`);
    await page.getByLabel('Email').fill('root@e2e.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Schools', exact: true }).click();
    await page.getByRole('cell', { name: 'Alpha Academy', exact: true }).waitFor();
    await page.screenshot({ path: path.join(shots, 'superadmin.png') });
    await page.getByRole('link', { name: 'New school' }).click();
    await page.getByLabel('School name').fill('Gamma High');
    await page.getByLabel('Subdomain').fill('alpha');
    await page.getByText('This subdomain is already taken').waitFor();
    await page.getByLabel('Subdomain').fill('gamma');
    await page.getByText('gamma.localhost is available').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Plan').selectOption('premium');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel("First admin's name").fill('Gina Gamma');
    await page.getByLabel("First admin's email").fill('admin@gamma.test');
    await page.getByLabel("First admin's password").fill(PASSWORD);
    await page.getByRole('button', { name: 'Create school' }).click();
    await page.getByRole('heading', { name: 'School created' }).waitFor();
    await page.getByRole('link', { name: 'Back to the schools' }).click();
    await page.getByRole('link', { name: 'Gamma High' }).click();
    await page.getByRole('heading', { name: 'Status history' }).waitFor();
    await page.getByText(/provisioning → active by root@e2e.test/).waitFor();
    await page
      .getByRole('figure', { name: "Against the plan's limits" })
      .getByText(/^0 of [\d,]+$/)
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(shots, 'school-detail.png') });
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('figure', { name: 'Schools by status' }).waitFor();
    await page.screenshot({ path: path.join(shots, 'overview.png') });
    await signIn(page, 'gamma');
    await page.getByRole('heading', { name: 'Welcome, Gina Gamma' }).waitFor();
    await page.close();
  });

  it('shows a suspended school its suspended page', async () => {
    const { data } = await api('GET', '/superadmin/tenants?search=beta', undefined, root_);
    await api('POST', `/superadmin/tenants/${data[0].id}/suspend`, { reason: 'e2e' }, root_);
    const page = await browser.newPage();
    await page.goto(base('beta'));
    await page.getByRole('heading', { name: "This school's account is suspended" }).waitFor();
    await page.goto(base('nosuch'));
    await page.getByRole('heading', { name: 'School not found' }).waitFor();
    await page.close();
  });

  it('ran every page above under the Content-Security-Policy with nothing refused', () => {
    assert.deepEqual(cspRefused, []);
  });
});
