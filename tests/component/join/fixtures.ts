import { vi } from 'vitest';
import type { SignupInfo } from '../../../client/screens/join/join-api';

/** An open event with four mentors, so a fourth wish can be tried. */
export function signupInfo(over: Partial<SignupInfo> = {}): SignupInfo {
  return {
    event: {
      name: 'Spring Night',
      plannedStartAt: Date.UTC(2030, 5, 1, 17, 0),
      roundSeconds: 600,
      changeoverSeconds: 120,
      rounds: 3,
      tableCapacity: 2,
    },
    consentText: 'We keep your data for a month. <b>not bold</b>',
    approval: 'auto',
    status: {
      open: true,
      reason: null,
      message: null,
      closesAt: null,
      roles: { mentee: { open: true }, mentor: { open: true } },
    },
    mentors: [
      { id: 'm1', name: 'Ann', table: 'T1', topics: ['Go', 'Careers'], bio: 'Engineer at a bank' },
      { id: 'm2', name: 'Ben', table: 'T2', topics: ['Design'] },
      { id: 'm3', name: 'Cleo', table: 'T3', topics: [] },
      { id: 'm4', name: 'Dev', table: 'T4', topics: ['Data'] },
    ],
    ...over,
  };
}

export type Sent = { url: string; method: string; headers: Record<string, string>; body: unknown };

/** One answer of the fake server: a status and a JSON body. */
export type Reply = { status: number; body: unknown };

/**
 * Plays the server: records every call (its URL, method, headers and parsed body) and answers
 * each with `route(method, url, body)`.
 */
export function fakeServer(route: (method: string, url: string, body: unknown) => Reply | Promise<Reply>) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    sent.push({ url, method, headers: (init?.headers ?? {}) as Record<string, string>, body });
    const r = await route(method, url, body);
    return new Response(JSON.stringify(r.body), { status: r.status });
  });
  return sent;
}

/** An error body as the API sends it. */
export const apiError = (code: string, message: string, issues?: { path: string; message: string }[]) => ({
  error: { code, message, ...(issues ? { issues } : {}) },
});

/**
 * An accessible-name matcher that ignores the space happy-dom puts before a comma or colon between
 * two spans ("Ann , table T1"; a browser says "Ann, table T1").
 */
export const named = (expected: string | RegExp) => (name: string) => {
  const n = name.replace(/\s+([,:])/g, '$1');
  return typeof expected === 'string' ? n === expected : expected.test(n);
};
