import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** One mail the loopback server accepted (answered 250). */
export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  messageId?: string;
  subject?: string;
  from?: string;
  to: string[];
  headers: ParsedMail['headers'];
  text?: string;
  html?: string;
}

/** What the test does with a message before the server answers: nothing (accept), a refusal, or a long wait. */
export type DataHook = (mail: { envelopeTo: string[]; raw: string }) => Promise<{ refuse: number; message?: string } | void>;
/** Refuses a recipient at RCPT TO with this status (e.g. 550, 450). */
export type RcptHook = (address: string) => number | undefined;

export interface TestSmtp {
  port: number;
  /** smtp://127.0.0.1:<port> for SMTP_URL. */
  url: string;
  mails: ReceivedMail[];
  /** Every DATA the server finished reading (accepted or not), for counting raw arrivals. */
  dataCount: number;
  onData?: DataHook;
  onRcpt?: RcptHook;
  /** Resolves once `n` mails were accepted. */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  /** Closes the listener and cuts open connections (421): an outage. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

const smtpError = (status: number, text: string) => Object.assign(new Error(text), { responseCode: status });

/**
 * A real SMTP server on 127.0.0.1 (smtp-server) that keeps every accepted mail
 * parsed (mailparser): headers, text, html, Message-ID, recipients. No TLS, no
 * AUTH: nodemailer talks plain SMTP to it as to any relay.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  let server: SMTPServer;
  const waiters: { n: number; resolve: () => void }[] = [];
  const smtp: TestSmtp = {
    port: 0,
    url: '',
    mails: [],
    dataCount: 0,
    async waitFor(n, timeoutMs = 30_000) {
      if (smtp.mails.length >= n) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${smtp.mails.length} of ${n} mails arrived in ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const c of server.connections) c.close();
      }),
    restart: () => listen(smtp.port),
  };

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 50,
      onRcptTo(address, _session, callback) {
        const status = smtp.onRcpt?.(address.address);
        callback(status ? smtpError(status, status >= 500 ? 'No such mailbox' : 'Try again later') : null);
      },
      onData(stream, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          smtp.dataCount += 1;
          void (async () => {
            const verdict = await smtp.onData?.({ envelopeTo, raw });
            if (verdict) return callback(smtpError(verdict.refuse, verdict.message ?? 'Refused'));
            const parsed = await simpleParser(raw);
            const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
              a.value.map((v) => v.address ?? ''),
            );
            smtp.mails.push({
              envelopeTo,
              raw,
              messageId: parsed.messageId,
              subject: parsed.subject,
              from: parsed.from?.text,
              to,
              headers: parsed.headers,
              text: parsed.text,
              html: typeof parsed.html === 'string' ? parsed.html : undefined,
            });
            callback(null, 'Queued');
            for (const w of waiters.filter((x) => smtp.mails.length >= x.n)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve();
            }
          })().catch((err: unknown) => callback(err as Error));
        });
      },
    });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server = create();
      server.on('error', () => undefined);
      const http = server.server;
      http.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        smtp.port = (http.address() as AddressInfo).port;
        smtp.url = `smtp://127.0.0.1:${smtp.port}`;
        resolve();
      });
    });
  await listen(0);
  return smtp;
}
