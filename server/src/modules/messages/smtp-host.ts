import { lookup } from 'node:dns/promises';
import net, { BlockList, type Socket } from 'node:net';

/**
 * Addresses a school's own SMTP server may not have: loopback, private, link-local
 * (169.254.169.254 is the cloud metadata service), carrier-grade NAT, unspecified,
 * documentation, multicast and reserved ranges. A school admin who could point the
 * worker at them would make the platform talk SMTP to its own internal services.
 * Node's BlockList also matches IPv4-mapped IPv6 (`::ffff:127.0.0.1`) against the IPv4 rules.
 */
const notPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback and the old IPv4-compatible form
  ['64:ff9b::', 96], // NAT64: reaches any IPv4 address, private ones included
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  notPublic.addSubnet(network, prefix, 'ipv6');

export const isPublicAddress = (address: string): boolean => {
  const family = net.isIP(address);
  return family !== 0 && !notPublic.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

export class PrivateHostError extends Error {
  readonly code = 'EPRIVATEHOST';
  constructor() {
    super('the SMTP host is not a public address');
  }
}

/**
 * Every address `host` stands for (a literal, or what DNS answers: getaddrinfo also
 * reads numeric forms such as `2130706433`). Refused with PrivateHostError when one
 * of them is not public, unless private hosts are allowed.
 */
export async function resolveSmtpHost(host: string, allowPrivate: boolean): Promise<string[]> {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  const addresses = net.isIP(bare) ? [bare] : (await lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
  if (!allowPrivate && (addresses.length === 0 || !addresses.every(isPublicAddress))) throw new PrivateHostError();
  return addresses;
}

/**
 * Whether a school may save `url` as its SMTP server: refused when its host is, or
 * resolves to, a non-public address. A name that does not resolve yet is accepted
 * (its DNS may come later): every connection checks again (`connectChecked`).
 */
export async function smtpUrlAllowed(url: string, allowPrivate: boolean): Promise<boolean> {
  try {
    await resolveSmtpHost(new URL(url).hostname, allowPrivate);
    return true;
  } catch (err) {
    return !(err instanceof PrivateHostError);
  }
}

/**
 * Opens the TCP connection to a school's SMTP server for nodemailer (`getSocket`):
 * resolves the host once, checks the addresses and connects to a checked one (in
 * turn, within the one time limit), so a DNS answer that changes between the check
 * and the connection (rebinding) cannot lead elsewhere. TLS (smtps, STARTTLS) is
 * left to nodemailer, which still verifies the certificate against the host name.
 */
export async function connectChecked(opts: { host: string; port: number; allowPrivate: boolean; timeoutMs: number }): Promise<Socket> {
  const deadline = Date.now() + opts.timeoutMs;
  const addresses = await resolveSmtpHost(opts.host, opts.allowPrivate);
  let last: unknown;
  for (const address of addresses) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    try {
      return await connectTo(address, opts.port, left);
    } catch (err) {
      last = err;
    }
  }
  throw last ?? Object.assign(new Error('connection timed out'), { code: 'ETIMEDOUT' });
}

function connectTo(address: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    const socket = net.connect({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error('connection timed out'), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
