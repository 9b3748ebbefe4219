/**
 * The portal as people feel it, in Chromium against the real server serving the built client (npm run bench:portal):
 *   (a) the JavaScript the sign-in page loads before its form is usable (bytes as sent, and gzip);
 *   (b) time until the sign-in form is usable (email field visible and enabled) on an emulated slow phone;
 *   (c) click → settled screen (no request pending, no "Loading…") for every menu entry of the demo school's
 *       admin, teacher and parent, and for choosing and saving a register; p50 / p95 over all clicks.
 * The demo school is seeded with the server's own demo seed (npm run seed:demo) on an embedded database.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { seedDemoInProcess } from '../server/src/setup/seed-local.js';
import { ensureInitialTenant } from '../server/src/setup/initial-tenant.js';
import { here, percentile, startBenchPlatform, writeResult } from './lib.js';

const DIST = path.resolve(process.env.CLIENT_DIST ?? path.join(here, '..', 'client', 'dist'));
const ROUNDS = Number(process.env.BENCH_PORTAL_ROUNDS ?? 3);
const LOADS = Number(process.env.BENCH_PORTAL_LOADS ?? 5);
const BUDGET_GZIP = 130 * 1024;
const PASSWORD = 'bench-portal-password';

/** Network and CPU of the phone (Network.emulateNetworkConditions: latency per request, throughput in bytes/s). */
const PROFILES = {
  // The "slow 4G phone": 400 kbit/s, 400 ms round trip, CPU 4x slower.
  'slow-4g (400 kbit/s, 400 ms RTT, CPU 4x)': { latency: 400, down: 400_000 / 8, up: 400_000 / 8, cpu: 4 },
  // Chrome DevTools' "Slow 4G" preset (Lighthouse's mobile throttling: 1.6 Mbit/s, 150 ms RTT, as DevTools applies it).
  'devtools-slow-4g (1.6 Mbit/s, 562 ms latency, CPU 4x)': { latency: 562.5, down: (1_600_000 * 0.9) / 8, up: (750_000 * 0.9) / 8, cpu: 4 },
} as const;

const ms = (x: number) => Math.round(x);
const median = (xs: number[]) => percentile(xs, 0.5);

/** Marks (in the page's clock) when the sign-in form's email field is first visible and enabled. */
const USABLE_PROBE = `(() => {
  const check = () => {
    const input = document.querySelector('input[type=email]');
    if (input && !input.disabled && input.getClientRects().length > 0) {
      window.__usableAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** When the probe saw the form usable (page clock), polled from here: waitForFunction would need eval, which the CSP forbids. */
async function usableAt(page: Page): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const at = await page.evaluate(() => (globalThis as { __usableAt?: number }).__usableAt).catch(() => undefined);
    if (at !== undefined) return at;
    if (Date.now() > deadline) throw new Error('the sign-in form never became usable');
    await page.waitForTimeout(25);
  }
}

async function throttledPage(context: BrowserContext, profile: (typeof PROFILES)[keyof typeof PROFILES]): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.down,
    uploadThroughput: profile.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.addInitScript(USABLE_PROBE);
  return page;
}

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** (a) Scripts fetched before the sign-in form is usable, with their size as sent and as gzip would send them. */
async function initialScripts(browser: Browser, url: string, dist: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Map<string, { url: string; encoding: string; sent: number }>();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script')
      scripts.set(e.requestId, { url: e.response.url, encoding: String(e.response.headers['content-encoding'] ?? 'none'), sent: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const s = scripts.get(e.requestId);
    if (s) s.sent = e.encodedDataLength;
  });
  await page.addInitScript(USABLE_PROBE);
  await page.goto(url);
  await usableAt(page);
  await page.waitForLoadState('networkidle');
  const files = [...scripts.values()].map((s) => {
    const file = path.join(dist, new URL(s.url).pathname);
    const bytes = readFileSync(file);
    return {
      file: path.basename(file),
      encoding: s.encoding,
      sentBytes: s.sent,
      rawBytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    };
  });
  await context.close();
  const sum = (k: 'sentBytes' | 'rawBytes' | 'gzipBytes') => files.reduce((n, f) => n + f[k], 0);
  return {
    files,
    sentBytes: sum('sentBytes'),
    rawBytes: sum('rawBytes'),
    gzipBytes: sum('gzipBytes'),
    withinBudget: sum('gzipBytes') <= BUDGET_GZIP,
  };
}

/** (b) Navigation start → sign-in form usable, first visit (empty cache) and the next visit (same browser). */
async function signInUsable(browser: Browser, url: string, profile: (typeof PROFILES)[keyof typeof PROFILES]) {
  const first: number[] = [];
  const repeat: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext(phone);
    const page = await throttledPage(context, profile);
    for (const into of [first, repeat]) {
      await page.goto(url, { waitUntil: 'commit' });
      into.push(await usableAt(page));
    }
    await context.close();
  }
  return {
    firstVisitMs: { median: ms(median(first)), max: ms(Math.max(...first)) },
    repeatVisitMs: { median: ms(median(repeat)), max: ms(Math.max(...repeat)) },
  };
}

/** Requests in flight in a page, counted from the browser's own events. */
function pending(page: Page) {
  let n = 0;
  page.on('request', () => n++);
  page.on('requestfinished', () => n--);
  page.on('requestfailed', () => n--);
  return () => n;
}

/** Time from `act` to a settled screen: `ready` holds, nothing in flight and no "Loading…", twice 20 ms apart. */
async function settle(page: Page, inFlight: () => number, act: () => Promise<void>, ready: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  await act();
  let calm = 0;
  for (;;) {
    const quiet =
      inFlight() === 0 &&
      (await ready()) &&
      !(await page.evaluate(() =>
        (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.includes('Loading…'),
      ));
    calm = quiet ? calm + 1 : 0;
    if (calm === 2) return performance.now() - start - 20;
    if (performance.now() - start > 30_000) throw new Error(`not settled after 30 s on ${page.url()}`);
    await page.waitForTimeout(20);
  }
}

interface Account {
  email: string;
  password: string;
}
interface Accounts {
  admin: Account;
  teacher?: Account;
  parent?: Account;
}

interface Click {
  who: string;
  screen: string;
  round: number;
  ms: number;
}

/** (c) Signs in as `email` and opens every menu entry, `ROUNDS` times (a reload between rounds empties the data cache). */
async function clickThrough(browser: Browser, base: string, who: string, { email, password }: Account, clicks: Click[]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const inFlight = pending(page);
  await page.goto(base);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const signIn = await settle(
    page,
    inFlight,
    () => page.getByRole('button', { name: 'Sign in' }).click(),
    async () => (await page.locator('#main-nav').count()) > 0,
  );
  clicks.push({ who, screen: 'sign in → home', round: 0, ms: signIn });
  const menu = page.locator('#main-nav a');
  const entries = await menu.evaluateAll((links) =>
    links.map((a) => ({ name: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })),
  );
  for (let round = 1; round <= ROUNDS; round++) {
    if (round > 1) {
      await page.reload();
      await page.locator('#main-nav').waitFor();
    }
    // Start each round away from the first entry, so that clicking it navigates.
    for (const { name, href } of [...entries.slice(1), entries[0]!]) {
      const t = await settle(
        page,
        inFlight,
        () => page.locator(`#main-nav a[href="${href}"]`).click(),
        async () => new URL(page.url()).pathname === href,
      );
      clicks.push({ who, screen: name, round, ms: t });
    }
  }
  await context.close();
}

/** The admin takes a register: open Attendance, choose a section, save. */
async function register(browser: Browser, base: string, { email, password }: Account, clicks: Click[]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const inFlight = pending(page);
  await page.goto(base);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#main-nav').waitFor();
  for (let round = 1; round <= ROUNDS; round++) {
    await page.locator('#main-nav a', { hasText: 'Attendance' }).first().click();
    const section = page.getByLabel('Section');
    await section.locator('option').nth(round).waitFor({ state: 'attached' });
    const value = await section.locator('option').nth(round).getAttribute('value');
    const choose = await settle(
      page,
      inFlight,
      async () => {
        await section.selectOption(value ?? '');
      },
      async () => (await page.getByRole('button', { name: 'Save register' }).count()) > 0,
    );
    clicks.push({ who: 'admin', screen: 'register: choose a section', round, ms: choose });
    const save = await settle(
      page,
      inFlight,
      () => page.getByRole('button', { name: 'Save register' }).click(),
      async () => (await page.getByText(/^Saved|Could not save/).count()) > 0,
    );
    clicks.push({ who: 'admin', screen: 'register: save', round, ms: save });
    await page.locator('#main-nav a').first().click();
  }
  await context.close();
}

function summary(clicks: Click[]) {
  const all = clicks.map((c) => c.ms);
  const byScreen = new Map<string, number[]>();
  for (const c of clicks) byScreen.set(`${c.who}: ${c.screen}`, [...(byScreen.get(`${c.who}: ${c.screen}`) ?? []), c.ms]);
  return {
    clicks: all.length,
    p50Ms: ms(percentile(all, 0.5)),
    p95Ms: ms(percentile(all, 0.95)),
    maxMs: ms(Math.max(...all)),
    screens: Object.fromEntries(
      [...byScreen].map(([k, xs]) => [k, { first: ms(xs[0]!), median: ms(median(xs)), max: ms(Math.max(...xs)) }]),
    ),
  };
}

interface Variant {
  name: string;
  checkout: string;
  dist: string;
}

/** Everything measured against one server (one checkout's server and built client) on the seeded database. */
async function measure(bench: Awaited<ReturnType<typeof startBenchPlatform>>, browser: Browser, variant: Variant, accounts: Accounts) {
  if (!existsSync(path.join(variant.dist, 'index.html'))) throw new Error(`no built client in ${variant.dist}: npm run build -w client`);
  // The server in a process of its own, so the browser's driver here does not share its event loop.
  const server = await bench.serverProcess({ SERVE_CLIENT: 'true', CLIENT_DIST: variant.dist }, variant.checkout);
  try {
    const base = server.base.replace('127.0.0.1', 'demo.localhost');
    const initial = await initialScripts(browser, `${base}/`, variant.dist);
    console.error(`${variant.name}: initial JS ${initial.gzipBytes} B gzip (${initial.sentBytes} B sent)`);
    const usable: Record<string, Awaited<ReturnType<typeof signInUsable>>> = {};
    for (const [name, profile] of Object.entries(PROFILES)) {
      usable[name] = await signInUsable(browser, `${base}/`, profile);
      console.error(`${variant.name}: sign-in usable, ${name}: ${JSON.stringify(usable[name])}`);
    }
    const clicks: Click[] = [];
    await clickThrough(browser, base, 'admin', accounts.admin, clicks);
    if (accounts.teacher) await clickThrough(browser, base, 'teacher', accounts.teacher, clicks);
    if (accounts.parent) await clickThrough(browser, base, 'parent', accounts.parent, clicks);
    let registerError: string | undefined;
    try {
      await register(browser, base, accounts.admin, clicks);
    } catch (err) {
      registerError = `register not measured: ${(err as Error).message.split('\n')[0]}`;
      console.error(registerError);
    }
    const clickToSettled = summary(clicks);
    console.error(`${variant.name}: click to settled p50 ${clickToSettled.p50Ms} ms, p95 ${clickToSettled.p95Ms} ms`);
    return {
      checkout: variant.checkout,
      initialJavaScript: { budgetGzipBytes: BUDGET_GZIP, ...initial },
      signInUsable: usable,
      clickToSettled,
      ...(registerError ? { registerError } : {}),
    };
  } finally {
    await server.stop();
  }
}

async function main() {
  const root = path.resolve(here, '..');
  const variants: Variant[] = [{ name: 'this checkout', checkout: root, dist: DIST }];
  // BENCH_PORTAL_BEFORE=<another working copy, client built>: measured the same way on the same seeded school.
  const before = process.env.BENCH_PORTAL_BEFORE && path.resolve(process.env.BENCH_PORTAL_BEFORE);
  if (before) variants.unshift({ name: 'before', checkout: before, dist: path.join(before, 'client', 'dist') });
  const bench = await startBenchPlatform({
    BCRYPT_COST: '10',
    SUPERADMIN_EMAIL: 'root@bench.test',
    SUPERADMIN_PASSWORD: PASSWORD,
    DEMO_ADMIN_PASSWORD: PASSWORD,
  });
  let browser: Browser | undefined;
  try {
    const seedStart = performance.now();
    // BENCH_PORTAL_SEED=none: the demo school as the first start leaves it (no records, the admin only), when
    // the full seed (minutes, more on a busy machine) cannot run; the screens then show empty lists.
    const full = (process.env.BENCH_PORTAL_SEED ?? 'demo') === 'demo';
    await ensureInitialTenant(bench.platform);
    const seeded = full ? await seedDemoInProcess(bench.platform, { log: (line: string) => console.error(`  seed: ${line}`) }) : null;
    const seedSeconds = Math.round((performance.now() - seedStart) / 1000);
    const account = (role: 'teacher' | 'parent') => {
      const found = seeded?.accounts.find((a) => a.role === role);
      if (!found) throw new Error(`the seed made no ${role} account`);
      return { email: found.email, password: found.password };
    };
    const accounts: Accounts = {
      admin: { email: 'admin@demo.example.com', password: PASSWORD },
      ...(full ? { teacher: account('teacher'), parent: account('parent') } : {}),
    };
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
    for (const variant of variants) results[variant.name] = await measure(bench, browser, variant, accounts);
    writeResult(process.env.BENCH_NAME ?? 'portal', {
      seed: full ? 'demo' : 'none',
      seedSeconds,
      rounds: ROUNDS,
      loads: LOADS,
      ...results,
    });
  } finally {
    await browser?.close();
    await bench.stop();
  }
}

await main();
