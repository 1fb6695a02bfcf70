import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** What the test server does with a recipient: accept, refuse with a reply, or never answer. */
export type RcptBehaviour = 'accept' | 'hang' | { code: number; message: string };

/** A mail the test server received: the envelope's recipients and the parsed message. */
export interface Received {
  to: string[];
  mail: ParsedMail;
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  port: number;
  received: Received[];
  /** How each RCPT TO is answered (default: accept). */
  rcpt: (address: string) => RcptBehaviour;
  /** How many RCPT TO commands each address got (tries, whatever their outcome). */
  tries: Map<string, number>;
  /** Wait until `n` mails have arrived (or fail after `ms`). */
  waitFor(n: number, ms?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process (smtp-server) on an ephemeral loopback port: no TLS,
 * no auth; every message is parsed with mailparser as it arrives.
 */
export async function startSmtp(port = 0): Promise<TestSmtp> {
  const received: Received[] = [];
  const waiters: (() => boolean)[] = [];
  const smtp: TestSmtp = {
    url: '',
    port: 0,
    received,
    rcpt: () => 'accept',
    tries: new Map(),
    waitFor(n, ms = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${received.length} of ${n} mails arrived`)), ms);
        const check = () => {
          if (received.length < n) return false;
          clearTimeout(timer);
          resolve(received);
          return true;
        };
        if (!check()) waiters.push(check);
      });
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      smtp.tries.set(address.address, (smtp.tries.get(address.address) ?? 0) + 1);
      const how = smtp.rcpt(address.address);
      if (how === 'hang') return; // never answers: the client's socket timeout ends it
      if (how === 'accept') return callback();
      const err = Object.assign(new Error(how.message), { responseCode: how.code });
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void simpleParser(Buffer.concat(chunks), { keepCidLinks: true }).then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          waiters.splice(0, waiters.length, ...waiters.filter((w) => !w()));
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  smtp.port = (server.server.address() as AddressInfo).port;
  smtp.url = `smtp://127.0.0.1:${smtp.port}`;
  return smtp;
}
