/**
 * How the driver watches a database server, for the platform connection and the dedicated ones. After a
 * restart of the server, nothing may keep the driver from seeing it again for long:
 * - `poll`: one plain hello per check instead of an awaited (streaming) hello held open on the server for up to
 *   heartbeatFrequencyMS; FerretDB 1.x never streams (its hello has no topologyVersion), MongoDB would.
 * - connectTimeoutMS bounds a monitor's connect, handshake and each poll (the driver's default is 30 s): a check
 *   whose socket hangs through the restart is given up after a few seconds, and the next one reconnects.
 */
export function monitorOptions(timeoutMs: number) {
  return { serverMonitoringMode: 'poll' as const, connectTimeoutMS: Math.max(2 * timeoutMs, 3_000) };
}
