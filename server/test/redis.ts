import { startGoTool } from './servers.js';

/**
 * A Redis-compatible server on loopback for tests (tools/miniredis, built once
 * with Go into .data/bin). Throws when it can be neither found nor built.
 */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const tool = await startGoTool('miniredis', []);
  return { url: `redis://${tool.addr}`, stop: tool.stop };
}
