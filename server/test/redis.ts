import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './servers.js';

/**
 * A Redis-compatible server on loopback for tests (tools/miniredis, built once
 * with Go into .data/bin). Undefined when Go is not installed.
 */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> } | undefined> {
  const bin = path.join(repoRoot, '.data', 'bin', 'miniredis');
  if (!existsSync(bin)) {
    if (spawnSync('go', ['version'], { stdio: 'ignore' }).status !== 0) return undefined;
    mkdirSync(path.dirname(bin), { recursive: true });
    const res = spawnSync('go', ['build', '-trimpath', '-o', bin, '.'], {
      cwd: path.join(repoRoot, 'tools', 'miniredis'),
      stdio: 'inherit',
      env: { ...process.env, CGO_ENABLED: '0' },
    });
    if (res.status !== 0) throw new Error('building tools/miniredis failed');
  }
  const child: ChildProcess = spawn(bin, ['-addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const addr = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`miniredis exited with ${code}`)));
  });
  return {
    url: `redis://${addr}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
