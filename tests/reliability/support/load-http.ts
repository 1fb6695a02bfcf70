import { Agent, type ClientRequest, request } from 'node:http';

/**
 * HTTP from a chosen loopback address (on Linux all of 127.0.0.0/8 is this machine, so
 * `localAddress: '127.0.0.7'` is a seventh visitor), for the hostile-load suite.
 */

export interface Answered {
  status: number;
  text: string;
  ms: number;
}

/** The same visitor's connections, kept alive (one agent per source address). */
export const agentFrom = (localAddress: string) => new Agent({ keepAlive: true, maxSockets: 4, localAddress });

/**
 * One request; resolves with the answer. When the server answers before the body is sent
 * (a 429 or 503 before reading), the rest of the body is not sent: the connection is dropped,
 * as an attacker in a hurry would. A connection closed without an answer is status 0.
 */
export function send(
  url: string,
  opts: {
    method: string;
    path: string;
    from: string;
    body?: Buffer | string;
    type?: string;
    key?: string;
    agent?: Agent;
  },
): Promise<Answered> {
  const started = performance.now();
  const u = new URL(url);
  const body = typeof opts.body === 'string' ? Buffer.from(opts.body) : opts.body;
  return new Promise((resolve) => {
    let settled = false;
    const done = (status: number, text: string) => {
      if (settled) return;
      settled = true;
      resolve({ status, text, ms: performance.now() - started });
    };
    const req: ClientRequest = request(
      {
        host: u.hostname,
        port: u.port,
        method: opts.method,
        path: opts.path,
        localAddress: opts.agent ? undefined : opts.from,
        agent: opts.agent ?? false,
        headers: {
          ...(body ? { 'content-type': opts.type ?? 'application/json', 'content-length': body.length } : {}),
          ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          done(res.statusCode ?? 0, Buffer.concat(chunks).toString());
          if (!req.writableFinished) req.destroy();
        });
        res.on('error', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString()));
      },
    );
    req.on('error', (err) => done(0, err.message));
    req.end(body);
  });
}

/** An upload that declares `declared` bytes, sends `sent` of them and then waits, sending nothing more. */
export interface Stalled {
  /** Status of the answer (0: the connection closed without one), and when it came. */
  outcome: Promise<{ status: number; at: number; error?: string }>;
  destroy(): void;
}

export function stalledUpload(url: string, path: string, from: string, declared: number, sent: number): Stalled {
  const u = new URL(url);
  const req = request({
    host: u.hostname,
    port: u.port,
    method: 'POST',
    path,
    localAddress: from,
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': String(declared) },
  });
  const outcome = new Promise<{ status: number; at: number; error?: string }>((resolve) => {
    let status = 0;
    req.once('response', (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      resolve({ status, at: Date.now() });
    });
    // A refused or cut upload's connection is closed under it: that is the point.
    req.on('error', (err) => resolve({ status, at: Date.now(), error: (err as NodeJS.ErrnoException).code }));
    req.on('close', () => resolve({ status, at: Date.now(), error: 'closed' }));
  });
  // In chunks, as a client streams a file; the last one leaves it a megabyte short.
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let left = sent; left > 0; left -= chunk.length)
    req.write(left >= chunk.length ? chunk : chunk.subarray(0, left));
  return { outcome, destroy: () => req.destroy() };
}
