import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { useRoom } from './support/room';
import { waitForTestId } from './support/screens';

// Names, tables, bios, topics and questions full of markup and script, shown on every screen
// (organizer console tabs, mentee and mentor pages, printables, projector, home): each must appear as the
// literal text it is. No element of it may reach the DOM, nothing may run, and the CSP must
// have nothing to block (a blocked injection is still an injection).

const EVENT = 'Night <img src=x onerror="window.__xss=\'event\'">';
const MENTOR = '<b data-xss="m">Ada</b>';
const MENTOR2 = '<u data-xss>Grace</u> & Co';
const TABLE = '<i data-xss>T1</i>';
const BIO = "<script>window.__xss='bio'</script>";
const TOPIC = '<svg data-xss onload="window.__xss=\'topic\'">';
const MENTEE_A = '"><img data-xss src=x onerror="window.__xss=\'a\'">';
const MENTEE_B = '<iframe data-xss src="javascript:parent.__xss=\'b\'"></iframe>';
const QUESTION = '<a data-xss href="javascript:window.__xss=\'q\'">click</a>';
// biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${…}, probing template injection
const QUESTION2 = '</textarea><b data-xss>after</b> {{7*7}} ${7*7}';
const HOSTILE_CSV = [
  'role,name,topics,questions',
  `mentor,"<em data-xss>Csv mentor</em>",<s data-xss>x</s>,`,
  `mentee,"<img data-xss src=x onerror=""window.__xss='csv'"">",,<b data-xss>q</b>`,
].join('\n');

/** Installed in every page before its scripts: record CSP violations and any injected run. */
function watch(): void {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  // zod probes once whether eval works (`new Function`), which the CSP refuses: that is not data.
  document.addEventListener(
    'securitypolicyviolation',
    (e) => void (e.blockedURI !== 'eval' && w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`)),
  );
}

/** What a page shows and holds: its text, and anything of the payloads that became markup or ran. */
async function inspect(page: Page): Promise<{ text: string; injected: string[]; ran: unknown; csp: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __csp?: string[] };
    const injected = [
      ...document.querySelectorAll(
        '[data-xss], iframe, img[src="x"], [onerror], [onload], a[href^="javascript:"], script:not([src])',
      ),
    ].map((e) => e.outerHTML.slice(0, 120));
    const fields = [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value);
    return {
      text: `${document.title}\n${document.body.innerText}\n${fields.join('\n')}`,
      injected,
      ran: w.__xss ?? null,
      csp: w.__csp ?? [],
    };
  });
}

describe.skipIf(!chromiumPath)('hostile names and questions render as text on every screen', () => {
  const room = useRoom();
  let ev: {
    id: string;
    key: string;
    projectorKey: string;
    mentors: { token: string; name: string }[];
    mentees: { token: string; name: string }[];
  };

  const api = async (path: string, init: { method?: string; body?: unknown; key?: string } = {}) => {
    const res = await fetch(`${room.server.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${path} → ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };

  beforeAll(async () => {
    const created = await api('/api/events', {
      body: { name: EVENT, roundSeconds: 600, changeoverSeconds: 60, rounds: 2, tableCapacity: 1 },
    });
    const key: string = created.organizerKey;
    const people = await api(`/api/events/${created.event.id}/people`, {
      key,
      body: {
        mentors: [
          { name: MENTOR, table: TABLE, bio: BIO, topics: [TOPIC, 'plain topic'] },
          { name: MENTOR2, topics: [TOPIC] },
        ],
        mentees: [
          { name: MENTEE_A, questions: [QUESTION, QUESTION2] },
          { name: MENTEE_B, questions: [QUESTION2] },
        ],
      },
    });
    await api(`/api/events/${created.event.id}/schedule`, { key, body: {} });
    await api(`/api/events/${created.event.id}/clock`, { key, body: { action: 'start' } });
    ev = {
      id: created.event.id,
      key,
      projectorKey: new URL(created.links.projector).hash.replace(/^#key=/, ''),
      mentors: people.mentors,
      mentees: people.mentees,
    };
  });

  async function open(link: string): Promise<Page> {
    const page = await room.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (d) => void d.dismiss().then(() => room.pageErrors.push(`a dialog opened: ${d.message()}`)));
    await page.addInitScript(watch);
    await page.goto(link);
    return page;
  }

  /** The screen holds the given hostile strings as text, and nothing of any payload as markup. */
  async function expectText(page: Page, screen: string, shown: string[]): Promise<void> {
    const missing = async () => {
      const { text } = await inspect(page);
      return shown.filter((s) => !text.includes(s));
    };
    await expect.poll(missing, { timeout: 10_000, message: `${screen} shows every string as text` }).toEqual([]);
    const seen = await inspect(page);
    expect(seen.injected, `${screen}: markup from the data`).toEqual([]);
    expect(seen.ran, `${screen}: data ran as script`).toBeNull();
    expect(seen.csp, `${screen}: the CSP had to block something`).toEqual([]);
  }

  it('the organizer console: people, plan and run', async () => {
    const page = await open(`${room.server.url}/organize/${ev.id}#key=${ev.key}`);
    await page.getByRole('heading', { name: EVENT }).waitFor();
    await page.getByRole('tab', { name: /People/ }).click();
    await expectText(page, 'console · people', [EVENT, MENTOR, MENTOR2, TABLE, MENTEE_A, MENTEE_B]);
    // The CSV import preview renders a hostile file's names as text too (parsed in the page).
    await page.getByLabel('Or paste the CSV here').fill(HOSTILE_CSV);
    await expectText(page, 'console · CSV preview', ['<em data-xss>Csv mentor</em>']);
    await page.getByLabel('Or paste the CSV here').fill('');
    await page.getByRole('tab', { name: 'Plan' }).click();
    await expectText(page, 'console · plan', [MENTOR, MENTEE_A]);
    await page.getByRole('tab', { name: 'Run' }).click();
    await expectText(page, 'console · run', [EVENT, MENTOR]);
    // Home, in the same browser (it may list this event).
    await page.goto(`${room.server.url}/`);
    await page.getByRole('heading', { name: 'Create an event' }).waitFor();
    await expectText(page, 'home', []);
  });

  it('the mentee pages', async () => {
    for (const m of ev.mentees) {
      const me = await api('/api/me', { key: m.token });
      const page = await open(`${room.server.url}/p#token=${m.token}`);
      await waitForTestId(page, 'my-table');
      // The mentor's topics and bio too (the "now" card shows them), as text.
      const about = [...me.now.topics, ...(me.now.mentorBio ? [me.now.mentorBio] : [])];
      await expectText(page, `mentee ${m.name}`, [me.now.mentorName, me.now.table, ...me.person.questions, ...about]);
    }
  });

  it('the mentor pages', async () => {
    for (const m of ev.mentors) {
      const me = await api('/api/me', { key: m.token });
      const page = await open(`${room.server.url}/p#token=${m.token}`);
      await waitForTestId(page, 'now-group');
      const mentee = me.now.mentees[0];
      await expectText(page, `mentor ${m.name}`, [m.name, ...(mentee ? [mentee.name, ...mentee.questions] : [])]);
    }
  });

  it('the printables: person cards, table tents, wall sheet, projector sign', async () => {
    const shows: Record<string, string[]> = {
      cards: [MENTOR, MENTEE_A, MENTEE_B, TABLE],
      tents: [MENTOR, MENTOR2, TABLE],
      sheet: [MENTOR, MENTEE_A],
      'projector-sign': [EVENT],
    };
    for (const [kind, shown] of Object.entries(shows)) {
      const page = await open(`${room.server.url}/organize/${ev.id}/print/${kind}#key=${ev.key}`);
      await waitForTestId(page, 'print-sheets');
      await expectText(page, `print · ${kind}`, shown);
    }
  });

  it('the projector, in a meeting and in the changeover (when it shows the seating)', async () => {
    const page = await open(`${room.server.url}/projector#key=${ev.projectorKey}`);
    await waitForTestId(page, 'countdown');
    await expectText(page, 'projector · meeting', []);
    await api(`/api/events/${ev.id}/clock`, { key: ev.key, body: { action: 'skip', expectedPhase: 0 } });
    await waitForTestId(page, 'seating');
    await expectText(page, 'projector · changeover', [MENTOR, TABLE, MENTEE_A, MENTEE_B]);
  });
});
