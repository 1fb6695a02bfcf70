import type { MailEntry, MailTarget, SkipReason } from './mail-schemas';

/** Someone a mail could go to. */
export interface MailPerson {
  id: string;
  name: string;
  email?: string | undefined;
}

/** Who a send request queues, and who it leaves out with the reason. */
export interface MailChoice {
  queue: { personId: string; address: string }[];
  skipped: { personId: string; name: string; reason: SkipReason }[];
}

/** How long after a mail was accepted a new request for the same person counts as a second click. */
export const JUST_SENT_MS = 60_000;

// One address, nothing else: no display name, no list (a comma would send to two people), no spaces.
const ADDRESS = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\]+\.[^\s@,;<>"()[\]\\]+$/;

/** The person's e-mail as one address to send to, or why there is none. */
export function addressOf(p: MailPerson): { ok: true; address: string } | { ok: false; reason: SkipReason } {
  const email = p.email?.trim() ?? '';
  if (email === '') return { ok: false, reason: 'no e-mail' };
  if (email.length > 254 || !ADDRESS.test(email)) return { ok: false, reason: 'not an e-mail address' };
  return { ok: true, address: email };
}

/**
 * Who a send request queues (pure). `all`: everyone with an e-mail; `unsent`: those never sent
 * one (a failed mail counts as not sent); `{ personId }`: that person. Never queued again: someone
 * whose mail is still queued, or whose mail was accepted under JUST_SENT_MS ago — so a
 * double-click, however its requests interleave with the sending, sends one mail. `people` in
 * the order mails go out; `log` the latest mail per person.
 */
export function chooseRecipients(
  people: readonly MailPerson[],
  log: ReadonlyMap<string, Pick<MailEntry, 'status' | 'sentAt'>>,
  to: MailTarget,
  now: number,
): MailChoice {
  const chosen = typeof to === 'string' ? people : people.filter((p) => p.id === to.personId);
  const out: MailChoice = { queue: [], skipped: [] };
  for (const p of chosen) {
    const skip = (reason: SkipReason) => out.skipped.push({ personId: p.id, name: p.name, reason });
    const address = addressOf(p);
    if (!address.ok) {
      skip(address.reason);
      continue;
    }
    const last = log.get(p.id);
    if (last?.status === 'queued') skip('already queued');
    else if (last?.sentAt != null && now - last.sentAt < JUST_SENT_MS) skip('just sent');
    else if (to === 'unsent' && last?.sentAt != null) skip('already sent');
    else out.queue.push({ personId: p.id, address: address.address });
  }
  return out;
}
