import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tcp } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config';
import { listen, localUrl } from '../../server/listen';
import { spawnServer, type ServerProcess } from '../support/process';

/** HOST / TABLEHOP_HOST choose the listening interface (README, docs/api.md "Running the server"). */
describe('the listening interface', () => {
  it('comes from TABLEHOP_HOST, else HOST; default every interface', () => {
    expect(configFromEnv({}).host).toBeNull();
    expect(configFromEnv({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(configFromEnv({ HOST: '0.0.0.0', TABLEHOP_HOST: '::1' }).host).toBe('::1');
    expect(() => configFromEnv({ TABLEHOP_HOST: 'a b' })).toThrow(/TABLEHOP_HOST/);
  });

  it('the other settings of the limits parse, or say what is wrong', () => {
    expect(configFromEnv({}).minFreeDiskBytes).toBe(256 * 1024 * 1024);
    expect(configFromEnv({ TABLEHOP_MIN_FREE_DISK_MB: '0' }).minFreeDiskBytes).toBe(0);
    expect(() => configFromEnv({ TABLEHOP_MIN_FREE_DISK_MB: 'lots' })).toThrow(/TABLEHOP_MIN_FREE_DISK_MB/);
    expect(configFromEnv({}).createKey).toBeNull();
    expect(configFromEnv({ TABLEHOP_CREATE_KEY: 'a-long-enough-create-key' }).createKey).toBe(
      'a-long-enough-create-key',
    );
    expect(() => configFromEnv({ TABLEHOP_CREATE_KEY: 'short' })).toThrow(/16 to 256/);
  });

  it('listen() binds the host given, or every interface', async () => {
    const one = createServer();
    const addr = await listen(one, 0, '127.0.0.1');
    expect(addr.address).toBe('127.0.0.1');
    expect(localUrl(addr, '127.0.0.1')).toBe(`http://localhost:${addr.port}`);
    await new Promise((r) => one.close(r));
    const all = createServer();
    const any = await listen(all, 0, null);
    expect(['::', '0.0.0.0']).toContain(any.address);
    await new Promise((r) => all.close(r));
    expect(localUrl({ address: '192.168.1.20', family: 'IPv4', port: 3000 }, '192.168.1.20')).toBe(
      'http://192.168.1.20:3000',
    );
  });

  describe('the real server with TABLEHOP_HOST=127.0.0.1', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tablehop-host-'));
    let srv: ServerProcess | null = null;
    afterAll(async () => {
      await srv?.stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers on loopback only, and says so', async () => {
      srv = await spawnServer({ PORT: '0', TABLEHOP_DATA_DIR: dataDir, TABLEHOP_HOST: '127.0.0.1' });
      expect(srv.output()).toMatch(/Tablehop listening on http:\/\/localhost:\d+ · on 127\.0\.0\.1 only/);
      const r = await fetch(`http://127.0.0.1:${srv.port}/healthz`);
      expect(r.status).toBe(200);
      // Another interface of this machine, if it has one, is not listened on.
      const other = Object.values(networkInterfaces())
        .flat()
        .find((i) => i && i.family === 'IPv4' && !i.internal);
      if (other) {
        const refused = await new Promise<string>((resolve) => {
          const s = tcp(srv!.port, other.address);
          s.once('connect', () => {
            s.destroy();
            resolve('connected');
          });
          s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
        });
        expect(refused).toBe('ECONNREFUSED');
      }
    });
  });
});
