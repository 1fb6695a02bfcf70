import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { chromiumPath } from './support/browser';
import { PHONE, useRoom } from './support/room';
import { overflowX, SHOTS, waitForTestId } from './support/screens';

/**
 * Peer rounds (issue 17, part 2) in Chromium: a peer event of 9 at tables of 2. A seated peer's
 * phone says where to go (or to stay) and names the table-mate; the one sitting out is told so;
 * the projector lists each table's peers. Axe clean; docs/screenshots/peer-phone.png.
 */
const NAMES = ['Zoë Martin', 'Sam Okafor', 'Priya Raman', 'Jonas Berg', 'Sofia Rossi', '李雷', 'Ana', 'Bo', 'Cy'];

describe.skipIf(!chromiumPath)('a peer event of 9', () => {
  const room = useRoom();

  async function api<T = any>(path: string, body?: unknown, key?: string, method?: string): Promise<T> {
    const res = await fetch(`${room.server.url}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  /** Create, add the peers, plan, start; answers the event's keys and the peers' pages. */
  async function peerEvent() {
    const created = await api('/api/events', {
      name: 'Peer Night',
      roundSeconds: 600,
      changeoverSeconds: 60,
      rounds: 9,
      tableCapacity: 2,
      pairing: 'peer',
    });
    const id = created.event.id;
    const key = created.organizerKey;
    const added = await api(`/api/events/${id}/people`, { peers: NAMES.map((name) => ({ name })) }, key);
    await api(`/api/events/${id}/schedule`, { seed: 7 }, key);
    await api(`/api/events/${id}/clock`, { action: 'start' }, key);
    const peers = added.mentees as { id: string; name: string; token: string }[];
    const link = (token: string) => `${room.server.url}/p#token=${encodeURIComponent(token)}`;
    const me = (token: string) => api('/api/me', undefined, token);
    const projectorKey = new URL(created.links.projector).hash.replace(/^#key=/, '');
    /** Skip to the next phase (the changeover, where the projector shows the coming seating). */
    const skip = async () => {
      const now = await api(`/api/events/${id}/clock`, undefined, key);
      await api(`/api/events/${id}/clock`, { action: 'skip', expectedPhase: now.phase.index }, key);
    };
    return { peers, link, me, skip, projector: `${room.server.url}/projector#key=${projectorKey}` };
  }

  it('a phone says stay or go to Tn and names the table-mate; the one sitting out is told so', async () => {
    const ev = await peerEvent();
    let seated: { token: string; table: string; mate: string } | null = null;
    let out: { token: string } | null = null;
    for (const p of ev.peers) {
      const me = await ev.me(p.token);
      if (me.now?.table && !seated) seated = { token: p.token, table: me.now.table, mate: me.now.mentees[0].name };
      if (me.now && !me.now.table) out = { token: p.token };
    }
    expect(seated).not.toBeNull();
    expect(out).not.toBeNull();

    const phone = await room.open(ev.link(seated!.token), PHONE);
    await waitForTestId(phone, 'my-table');
    expect(await phone.getByTestId('phase-label').textContent()).toContain(`talk at ${seated!.table}`);
    expect(await phone.getByTestId('my-table').textContent()).toContain(seated!.table);
    expect(await phone.getByTestId('table-mates').textContent()).toContain(seated!.mate);
    expect(await phone.getByTestId('next').textContent()).toMatch(/Round 2: (stay at|go to) T\d|Round 2: you sit out/);
    expect(await overflowX(phone)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/peer-phone.png`, fullPage: true });

    const bye = await room.open(ev.link(out!.token), PHONE);
    await waitForTestId(bye, 'bye');
    expect(await bye.getByTestId('bye').textContent()).toContain('You sit out round 1');
    expect(await bye.getByTestId('bye').textContent()).toMatch(/Your next table: round 2\b.*, T\d with /);
    expect(await seriousViolations(bye)).toEqual([]);
  });

  it('the projector lists each table’s peers', async () => {
    const ev = await peerEvent();
    await ev.skip();
    // In the changeover the projector shows round 2's seating: the peers' page says it as `now`.
    const me = await ev.me(ev.peers[0]!.token);
    const projector = await room.open(ev.projector, { viewport: { width: 1280, height: 720 } });
    await waitForTestId(projector, 'phase-label');
    await projector.locator('.seat-table').first().waitFor();
    const labels = await projector.locator('.seat-table').allTextContents();
    expect(labels.length).toBe(4);
    expect(labels.every((l) => /^T\d+$/.test(l))).toBe(true);
    const board = await projector.locator('body').innerText();
    if (me.now.table) {
      expect(board).toContain(ev.peers[0]!.name);
      expect(board).toContain(me.now.mentees[0].name);
    }
    expect(await seriousViolations(projector)).toEqual([]);
  });
});
