import { vi } from 'vitest';

export type Handler = (...args: unknown[]) => void;

/** A socket.io client stand-in: records what the page sends and lets the test play the server. */
export class FakeSocket {
  connected = false;
  active = true;
  handlers = new Map<string, Handler[]>();
  sent: { event: string; payload: unknown; ack?: Handler }[] = [];
  connectCalls = 0;
  serverClockAhead = 420_000;
  io = { engine: { close: vi.fn(() => this.drop('transport close')) } };
  on(event: string, fn: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }
  off(event: string, fn: Handler) {
    this.handlers.set(
      event,
      (this.handlers.get(event) ?? []).filter((h) => h !== fn),
    );
    return this;
  }
  emit(event: string, payload: unknown, ack?: Handler) {
    this.sent.push({ event, payload, ack });
    // The server answers time requests at once with its own clock.
    if (event === 'time' && ack)
      ack({
        ok: true,
        data: {
          clientSentAt: (payload as { clientSentAt: number }).clientSentAt,
          serverNow: Date.now() + this.serverClockAhead,
        },
      });
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    for (const h of this.handlers.get(event) ?? []) h(...args);
  }
  open() {
    this.connected = true;
    this.fire('connect');
  }
  drop(reason: string) {
    this.connected = false;
    this.fire('disconnect', reason);
  }
  connect() {
    this.active = true;
    this.connectCalls++;
    return this;
  }
  disconnect() {
    this.active = false;
    this.drop('io client disconnect');
    return this;
  }
  removeAllListeners() {
    this.handlers.clear();
    return this;
  }
}
