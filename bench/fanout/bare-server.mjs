// The floor of the fan-out bench: a bare Socket.IO server (the same socket.io package as
// Tablehop), run with plain node. Every socket joins one room; POST /emit with a JSON body
// does one `io.to(room).emit('clock:changed', body)` and answers 204. Nothing else. For several
// events on one server (bench:cluster), a socket that connects with `?room=x` joins room `x`
// instead, and POST /emit?room=x emits to that room alone. With BARE_REDIS_URL set, the server
// uses the same Redis streams adapter as a Tablehop cluster (its own stream, BARE_STREAM), so a
// bare cluster is the floor of a Tablehop cluster's fan-out (bench:cluster).
import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server } from 'socket.io';

const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bare');
  if (req.method !== 'POST' || url.pathname !== '/emit') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    io.to(url.searchParams.get('room') ?? 'room').emit('clock:changed', JSON.parse(body));
    res.writeHead(204).end();
  });
});
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
if (process.env.BARE_REDIS_URL) {
  const [{ createAdapter }, { Redis }] = await Promise.all([
    import('@socket.io/redis-streams-adapter'),
    import('ioredis'),
  ]);
  // As server/cluster/index.ts configures it, on a stream of its own (never Tablehop's).
  const redis = new Redis(process.env.BARE_REDIS_URL);
  io.adapter(createAdapter(redis, { onlyPlaintext: true, streamName: process.env.BARE_STREAM ?? 'bare-bench' }));
}
io.on('connection', (socket) => {
  const room = socket.handshake.query.room;
  void socket.join(typeof room === 'string' ? room : 'room');
});

// For the reconnect storm, the same event-loop report as Tablehop's TABLEHOP_REPORT_EVENT_LOOP.
if (process.env.BARE_REPORT_EVENT_LOOP === '1') {
  const h = monitorEventLoopDelay({ resolution: 2 });
  let since = Date.now();
  h.enable();
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  process.on('SIGUSR2', () => {
    const stats = {
      window: 'until SIGUSR2',
      sinceMs: Date.now() - since,
      count: h.count,
      meanMs: ms(h.mean),
      p50Ms: ms(h.percentile(50)),
      p99Ms: ms(h.percentile(99)),
      maxMs: ms(h.max),
    };
    console.log(`bare event loop delay ${JSON.stringify(stats)}`);
    h.reset();
    since = Date.now();
  });
}

http.listen(Number(process.env.PORT ?? 0), () =>
  console.log(`bare Socket.IO listening on port ${http.address().port}`),
);
process.on('SIGTERM', () => io.close(() => process.exit(0)));
