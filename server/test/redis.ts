import { startGoTool } from './servers.js';

/**
 * A Redis-compatible server on loopback for tests (tools/miniredis, built once
 * with Go into .data/bin). Undefined when Go is not installed.
 */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> } | undefined> {
  const tool = await startGoTool('miniredis', []);
  return tool && { url: `redis://${tool.addr}`, stop: tool.stop };
}
