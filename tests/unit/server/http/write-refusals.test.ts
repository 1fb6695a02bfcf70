/**
 * The early 429 for keys past their write budget (server/http/write-refusals.ts): it answers
 * only writes under /api of a key the middleware refused, only until the window resets, with
 * the middleware's own body and Retry-After; everything else goes on to Express.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWriteRefusals, WRITES_REFUSED } from '../../../../server/http/write-refusals';
import { hashSecret } from '../../../../server/secrets';

const TOKEN = 'tok_AAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const keyId = hashSecret(TOKEN).toString('hex');

function request(method: string, url: string, authorization?: string) {
  let resumed = false;
  const resume = () => {
    resumed = true;
  };
  const req = { method, url, headers: authorization ? { authorization } : {}, resume };
  const sent: { status?: number; headers?: Record<string, string>; body?: string } = {};
  const closers: (() => void)[] = [];
  const res = {
    destroyed: false,
    headersSent: false,
    writeHead: (status: number, headers: Record<string, string>) => Object.assign(sent, { status, headers }),
    end: (body: string) => {
      sent.body = body;
    },
    once: (_event: 'close', f: () => void) => void closers.push(f),
  };
  return {
    req: req as unknown as IncomingMessage,
    res: res as unknown as ServerResponse,
    sent,
    resumed: () => resumed,
    close: () => {
      res.destroyed = true;
      for (const f of closers) f();
    },
  };
}

describe('createWriteRefusals', () => {
  it('answers the writes of a noted key with the same 429 until the window resets', () => {
    let t = 1_000_000;
    const r = createWriteRefusals(() => t, 0);
    const before = request('PUT', '/api/me/questions', `Bearer ${TOKEN}`);
    expect(r.answer(before.req, before.res)).toBe(false);
    r.note(keyId, t + 9_500);
    const put = request('PUT', '/api/me/questions', `Bearer ${TOKEN}`);
    expect(r.answer(put.req, put.res)).toBe(true);
    expect(put.sent.status).toBe(429);
    expect(put.sent.headers?.['retry-after']).toBe('10');
    expect(JSON.parse(put.sent.body!)).toEqual({
      error: { code: 'rate_limited', message: WRITES_REFUSED, reason: 'tooManyChanges' },
    });
    expect(put.resumed()).toBe(true);
    t += 9_500;
    const later = request('PUT', '/api/me/questions', `Bearer ${TOKEN}`);
    expect(r.answer(later.req, later.res)).toBe(false);
  });

  it('lets through reads, other keys, paths outside /api and requests without a key', () => {
    const r = createWriteRefusals(() => 0, 0);
    r.note(keyId, 10_000);
    for (const [method, url, auth] of [
      ['GET', '/api/me', `Bearer ${TOKEN}`],
      ['PUT', '/api/me/questions', 'Bearer someone_else_entirely_000000'],
      ['POST', '/socket.io/?EIO=4', `Bearer ${TOKEN}`],
      ['PUT', '/api/me/questions', undefined],
    ] as const) {
      const x = request(method, url, auth);
      expect(r.answer(x.req, x.res), `${method} ${url}`).toBe(false);
    }
    const odd = request('PATCH', '/api/events/x', `bearer   ${TOKEN}  `);
    expect(r.answer(odd.req, odd.res)).toBe(true);
  });

  describe('held', () => {
    afterEach(() => vi.useRealTimers());

    it('a refused write waits up to a second for its 429 (never past the reset); a client gone frees it', () => {
      vi.useFakeTimers();
      const r = createWriteRefusals(() => 0);
      r.note(keyId, 10_000);
      const a = request('PUT', '/api/me/questions', `Bearer ${TOKEN}`);
      expect(r.answer(a.req, a.res)).toBe(true);
      expect(a.resumed()).toBe(true);
      expect(a.sent.status).toBeUndefined();
      vi.advanceTimersByTime(999);
      expect(a.sent.status).toBeUndefined();
      vi.advanceTimersByTime(1);
      expect(a.sent.status).toBe(429);
      const b = request('PUT', '/api/me/questions', `Bearer ${TOKEN}`);
      r.answer(b.req, b.res);
      b.close();
      vi.advanceTimersByTime(1000);
      expect(b.sent.status).toBeUndefined();
      // Close to the reset, it waits only until then.
      const soon = createWriteRefusals(() => 9_800);
      soon.note(keyId, 10_000);
      const c = request('PUT', '/api/me/questions', `Bearer ${TOKEN}`);
      soon.answer(c.req, c.res);
      vi.advanceTimersByTime(200);
      expect(c.sent.status).toBe(429);
      expect(c.sent.headers?.['retry-after']).toBe('1');
    });
  });
});
