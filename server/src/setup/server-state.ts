import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `DATA_DIR/server.json`: the running server's pid and address, written once it listens and removed when it
 * stops. Commands that need the server's data (the demo seed) find it here and use its API instead of opening
 * the embedded database it holds locked.
 */
export interface ServerState {
  pid: number;
  /** Where this machine reaches the server's API (loopback when it listens on every address). */
  origin: string;
  startedAt: string;
}

const file = (dataDir: string) => path.join(dataDir, 'server.json');

export function writeServerState(dataDir: string, host: string, port: number): void {
  const reach = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const state: ServerState = { pid: process.pid, origin: `http://${reach}:${port}`, startedAt: new Date().toISOString() };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

/** Removes the file if it is this process's (another server may have started on the same DATA_DIR since). */
export function removeServerState(dataDir: string): void {
  try {
    const state = JSON.parse(readFileSync(file(dataDir), 'utf8')) as ServerState;
    if (state.pid === process.pid) rmSync(file(dataDir), { force: true });
  } catch {
    // No file, or not ours to read: nothing to remove.
  }
}

/** The server running on this DATA_DIR, if its process is alive and its API answers; a stale file is ignored. */
export async function findRunningServer(dataDir: string): Promise<ServerState | undefined> {
  let state: ServerState;
  try {
    state = JSON.parse(readFileSync(file(dataDir), 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
  try {
    process.kill(state.pid, 0);
  } catch (err) {
    // EPERM: alive but another user's; anything else: gone.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  try {
    const res = await fetch(`${state.origin}/api/health`, { signal: AbortSignal.timeout(3000) });
    return res.ok ? state : undefined;
  } catch {
    return undefined;
  }
}
