/** The phones of a bench (bench/fanout/phones.ts) in their own process, driven over IPC. */
import { join } from 'node:path';
import type { FromPhones, ToPhones } from '../fanout/protocol';
import { spawnNode } from './proc';

const ROOT = join(import.meta.dirname, '..', '..');

export type PhonesProcess = ReturnType<typeof startPhones>;

/** The phones process and a way to wait for its next message of a type. */
export function startPhones(opts: { openFiles: number; nice?: number }) {
  const proc = spawnNode(['--import', 'tsx', 'bench/fanout/phones.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    openFiles: opts.openFiles,
    nice: opts.nice,
  });
  const waiting: { type: FromPhones['type']; resolve: (m: FromPhones) => void; reject: (e: Error) => void }[] = [];
  proc.on('message', (raw) => {
    const m = raw as FromPhones;
    if (m.type === 'error') {
      for (const w of waiting.splice(0)) w.reject(new Error(`phones: ${m.message}`));
      return;
    }
    const i = waiting.findIndex((w) => w.type === m.type);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(m);
  });
  proc.on('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the phones process exited (${code})`));
  });
  const next = <T extends FromPhones['type']>(type: T, timeoutMs: number): Promise<Extract<FromPhones, { type: T }>> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`phones: no ${type} within ${timeoutMs} ms`)), timeoutMs);
      waiting.push({
        type,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<FromPhones, { type: T }>);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  return {
    proc,
    /** Wait for the next message of a type. */
    next,
    /** Send a message and wait for the answer of a type. */
    ask<T extends FromPhones['type']>(
      msg: ToPhones,
      type: T,
      timeoutMs: number,
    ): Promise<Extract<FromPhones, { type: T }>> {
      const answer = next(type, timeoutMs);
      proc.send(msg);
      return answer;
    },
  };
}
