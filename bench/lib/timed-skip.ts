/** One round skip timed by the phones process: the organizer's POST …/clock, then every phone's clock:changed. */
import type { PhoneRange } from '../fanout/protocol';
import type { Clock } from './bench-event';
import type { PhonesProcess } from './phones-process';

export async function timedSkip(
  phones: PhonesProcess,
  to: { url: string; ev: { id: string; key: string }; clock: Clock; phones?: PhoneRange },
) {
  const r = await phones.ask(
    {
      type: 'trial',
      target: 'real',
      url: to.url,
      eventId: to.ev.id,
      key: to.ev.key,
      expectedPhase: to.clock.phase!.index,
      afterVersion: to.clock.version,
      timeoutMs: 15_000,
      ...(to.phones ? { phones: to.phones } : {}),
    },
    'trial-done',
    60_000,
  );
  if (r.status !== 200) throw new Error(`skip answered ${r.status}: ${JSON.stringify(r.answer)}`);
  return { ...r, clock: r.answer as Clock };
}
