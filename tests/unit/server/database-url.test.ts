import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../server/config';
import { describeDatabaseUrl } from '../../../server/store/open-store';
import { postgresDriver } from '../../../server/store/postgres-driver';

describe('TABLEHOP_DATABASE_URL', () => {
  it('unset or blank: the SQLite file in the data dir', () => {
    expect(configFromEnv({}).databaseUrl).toBeNull();
    expect(configFromEnv({ TABLEHOP_DATABASE_URL: '  ' }).databaseUrl).toBeNull();
  });

  it('a postgres:// or postgresql:// URL keeps the events in PostgreSQL', () => {
    const url = 'postgres://tablehop:secret@db.example.org:5432/tablehop';
    expect(configFromEnv({ TABLEHOP_DATABASE_URL: ` ${url} ` }).databaseUrl).toBe(url);
    expect(configFromEnv({ TABLEHOP_DATABASE_URL: 'postgresql://db/tablehop' }).databaseUrl).toBe(
      'postgresql://db/tablehop',
    );
  });

  it('anything else is refused at start with what to write instead', () => {
    expect(() => configFromEnv({ TABLEHOP_DATABASE_URL: 'mysql://db/tablehop' })).toThrow(
      /must be a postgres:\/\/ URL, not mysql:/,
    );
    expect(() => configFromEnv({ TABLEHOP_DATABASE_URL: 'tablehop.sqlite' })).toThrow(
      /must be a URL such as postgres:\/\/user:password@host:5432\/tablehop/,
    );
  });

  it('the start line names the host and database, never the password', () => {
    const shown = describeDatabaseUrl('postgres://tablehop:s3cret@db.example.org:5432/tablehop');
    expect(shown).toBe('db.example.org:5432/tablehop');
    expect(shown).not.toContain('s3cret');
  });
});

describe('a PostgreSQL that cannot be reached', () => {
  it('refuses to open the store, naming the server but not the password', async () => {
    const err = await postgresDriver('postgres://tablehop:s3cret@127.0.0.1:1/tablehop').catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^could not connect to PostgreSQL at 127\.0\.0\.1:1\/tablehop: /);
    expect((err as Error).message).not.toContain('s3cret');
  });
});
