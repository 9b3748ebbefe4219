// What every end-to-end file needs: the real server (its own embedded database in a temporary directory)
// started from the sources, Debian's Chromium driven by playwright-core, and a real SMTP server on loopback
// (the smtp-server package, mail read back with mailparser) for the messages the platform sends.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PASSWORD = 'correct-horse-battery';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c) => c && existsSync(c));
}

export const executablePath = findChromium();
if (!executablePath && process.env.CI) throw new Error('End-to-end tests need Chromium (apt-get install chromium) or CHROMIUM_PATH');
/** For describe(): skipped only outside CI, with the reason. */
export const skipWithoutChromium = executablePath ? false : 'no Chromium found: set CHROMIUM_PATH to run the end-to-end tests';

export const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** `npm start`'s server from the sources on a free loopback port, with a super admin; resolves once /api/health answers. */
export async function startServer(env = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'school-e2e-'));
  const ferret = path.join(root, '.data', 'bin', 'ferretdb');
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['server/src/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      BCRYPT_COST: '4',
      // The browser clicks far faster than a person: the per-user limit is sized for people (docs/security.md).
      USER_LIMIT_PER_MINUTE: '6000',
      SUPERADMIN_EMAIL: 'root@e2e.test',
      SUPERADMIN_PASSWORD: PASSWORD,
      DEMO_ADMIN_PASSWORD: PASSWORD,
      ...(existsSync(ferret) ? { FERRETDB_BIN: ferret } : {}),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  const api = async (method, url, body, token, headers = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}/api${url}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const rootToken = (await api('POST', '/superadmin/auth/login', { email: 'root@e2e.test', password: PASSWORD })).accessToken;
  return {
    port,
    base: (school) => `http://${school}.localhost:${port}`,
    api,
    rootToken,
    /** A school created by the operator, with its admin `admin@<subdomain>.test`. */
    createSchool: (subdomain, name, extra = {}) =>
      api(
        'POST',
        '/superadmin/tenants',
        {
          name,
          subdomain,
          plan: 'standard',
          admin: { name: `${name} Admin`, email: `admin@${subdomain}.test`, password: PASSWORD },
          ...extra,
        },
        rootToken,
      ),
    /** A school user's access token (the school named by its header, as the client does). */
    signInApi: async (school, email, password = PASSWORD) =>
      (await api('POST', '/auth/login', { email, password }, undefined, { 'X-Tenant-ID': school })).accessToken,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, naming the rule, the
 * elements and what axe says to fix. Injected through the DevTools protocol (not a <script>), so the page's
 * Content-Security-Policy stays as strict as in production.
 */
export async function checkA11y(page, label = page.url()) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`).join('\n    ')}`,
      );
  });
  if (violations.length) throw new Error(`accessibility (axe) on ${label}:\n  ${violations.join('\n  ')}`);
}

export function launchBrowser() {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * A real SMTP server on a free loopback port that keeps every message it accepted, parsed. `waitFor(to, match)`
 * resolves with the first message to that address whose subject matches, or fails after `timeoutMs`.
 */
export async function startMailbox() {
  const messages = [];
  const waiters = new Set();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const w of waiters) w();
          callback();
        })
        .catch(callback);
    },
  });
  const port = await freePort();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const find = (to, match) => messages.find((m) => m.to?.value.some((a) => a.address === to) && (!match || match.test(m.subject ?? '')));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: (to, match, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = find(to, match);
          if (!m) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(m);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no mail to ${to}${match ? ` matching ${match}` : ''} within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The first link in a mail's plain-text body whose path starts with `pathPrefix`. */
export function linkIn(mail, pathPrefix) {
  const links = (mail.text ?? '').match(/https?:\/\/[^\s<>"]+/g) ?? [];
  const link = links.find((l) => new URL(l).pathname.startsWith(pathPrefix));
  if (!link) throw new Error(`no ${pathPrefix} link in the mail "${mail.subject}": ${links.join(', ')}`);
  return link;
}
