import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A free loopback port (the OS picks it; the server is started on it right after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A real Redis (Debian's `redis-server`) on a free loopback port, with its own
 * temporary directory and no persistence. Throws when `redis-server` is not
 * installed: the tests that need it fail rather than pass without it
 * (`.ci/run` installs it).
 */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error("redis-server is not installed: run 'apt-get install redis-server' (.ci/run does)");
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'school-platform-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    let exited = false;
    const onExit = (code: number | null) => {
      exited = true;
      reject(new Error(`redis-server exited with ${code} before accepting connections`));
    };
    child.once('exit', onExit);
    // Poll the port: the server accepts connections once it is ready.
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        child.off('exit', onExit);
        resolve();
      });
      socket.once('error', () => exited || setTimeout(attempt, 50));
    };
    attempt();
  });
  child.stdout!.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
