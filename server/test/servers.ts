import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDatabase, type DatabaseServer } from '../src/db/embedded-server.js';

/** The repository root, whether the tests run from it or from server/. */
export const repoRoot = path.resolve(process.cwd(), existsSync(path.resolve(process.cwd(), 'tools')) ? '.' : '..');

/**
 * A second, independent database server of the same kind as the tests' one
 * (for moves between servers and outage drills), with its data in a temporary
 * directory; given the directory and port of one that was stopped, it is
 * that server started again (a restart).
 */
export function startSecondDatabase(at: { dataDir?: string; port?: number } = {}): Promise<DatabaseServer> {
  const kind = process.env.TEST_DB_KIND;
  return startDatabase({
    mode: kind === 'memory-server' ? 'memory-server' : 'ferretdb',
    dataDir: at.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'school-platform-second-')),
    port: at.port,
    binDir: path.join(repoRoot, '.data', 'bin'),
    ferretdbSource: path.join(repoRoot, 'tools', 'ferretdb'),
    ferretdbBin: process.env.FERRETDB_BIN || undefined,
  });
}

/**
 * Starts a test server from tools/<name> (built once with Go into .data/bin)
 * on a free loopback port; it prints "listening <addr>". Throws when it can be
 * neither found nor built: a test that needs it fails, never passes unrun.
 */
export async function startGoTool(name: 'fakes3', args: string[]): Promise<{ addr: string; stop(): Promise<void> }> {
  const bin = path.join(repoRoot, '.data', 'bin', name);
  if (!existsSync(bin)) {
    if (spawnSync('go', ['version'], { stdio: 'ignore' }).status !== 0) {
      throw new Error(`tools/${name} is not built (${bin}) and Go is not installed to build it: install Go >= 1.24`);
    }
    mkdirSync(path.dirname(bin), { recursive: true });
    const res = spawnSync('go', ['build', '-trimpath', '-o', bin, '.'], {
      cwd: path.join(repoRoot, 'tools', name),
      stdio: 'inherit',
      env: { ...process.env, CGO_ENABLED: '0' },
    });
    if (res.status !== 0) throw new Error(`building tools/${name} failed`);
  }
  const child: ChildProcess = spawn(bin, ['-addr', '127.0.0.1:0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const addr = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return {
    addr,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
