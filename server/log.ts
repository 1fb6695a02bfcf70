/**
 * A tiny levelled logger: the server needs one line per request and a few lifecycle lines,
 * not a logging framework. Tests pass `silentLogger`. Callers never pass secrets in.
 */
export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string, err?: unknown): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function isLogLevel(s: string): s is LogLevel {
  return (LEVELS as readonly string[]).includes(s);
}

/** A console logger printing messages at `level` and above, each prefixed with an ISO time. */
export function createLogger(level: LogLevel = 'info'): Logger {
  const min = LEVELS.indexOf(level);
  const on = (l: LogLevel) => LEVELS.indexOf(l) >= min;
  const line = (l: LogLevel, msg: string) => `${new Date().toISOString()} ${l.padEnd(5)} ${msg}`;
  return {
    debug: (m) => on('debug') && console.log(line('debug', m)),
    info: (m) => on('info') && console.log(line('info', m)),
    warn: (m) => on('warn') && console.warn(line('warn', m)),
    error: (m, err) => {
      if (!on('error')) return;
      console.error(line('error', m));
      if (err) console.error(err);
    },
  };
}

export const silentLogger: Logger = createLogger('silent');
