/**
 * The projector's live gate in the page language (issue 19): the whole-page headings, the
 * prompts of a page that stopped following the event, and "Reconnecting…", from the projector
 * catalogue (short words, read from the back of the room), no longer the console's English.
 */
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../../shared/protocol/views';
import { showLanguage } from '../../../client/i18n/current-language';
import type { ConnectionStatus } from '../../../client/live/live-connection';
import { PROJECTOR_GATE_TEXTS } from '../../../client/screens/projector/projector-gate-texts';
import { InvalidLink, LiveGate } from '../../../client/ui/live-gate';
import { projectorView } from '../support/fixtures';

afterEach(async () => {
  cleanup();
  await showLanguage('en');
});

function gate(status: ConnectionStatus, deleted = false) {
  // Offline with a snapshot: the board stays, under the "Reconnecting…" notice.
  const [snapshot] = createSignal<Snapshot | null>(
    status === 'offline' ? { role: 'projector', projector: projectorView() } : null,
  );
  const reclaim = vi.fn();
  render(() => (
    <LiveGate
      conn={{ status: () => status, deleted: () => deleted, snapshot, reclaim }}
      secretKey="test.projector"
      select={(x) => (x.role === 'projector' ? x.projector : null)}
      texts={PROJECTOR_GATE_TEXTS}
    >
      {() => <p>board</p>}
    </LiveGate>
  ));
  return reclaim;
}

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('the projector’s live gate, in the page language', () => {
  it('German: an outdated page offers a reload, a closed link offers to use it here', async () => {
    await showLanguage('de');
    gate('outdated');
    expect(h1()).toHaveTextContent('Seite veraltet');
    expect(screen.getByTestId('outdated-client')).toHaveTextContent('Tablehop wurde aktualisiert.');
    expect(screen.getByTestId('reload-page')).toHaveTextContent('Seite neu laden');
    cleanup();
    const reclaim = gate('replaced');
    expect(h1()).toHaveTextContent('An zu vielen Stellen geöffnet');
    expect(screen.getByTestId('reclaim-link')).toHaveTextContent('Hier nutzen');
    fireEvent.click(screen.getByTestId('reclaim-link'));
    expect(reclaim).toHaveBeenCalledOnce();
  });

  it('Chinese: connecting, deleted, a refused link, and the reconnecting notice', async () => {
    await showLanguage('zh-Hans');
    gate('connecting');
    expect(h1()).toHaveTextContent('正在连接…');
    expect(screen.getByTestId('connecting')).toHaveTextContent('正在从服务器获取活动。');
    cleanup();
    gate('online', true);
    expect(h1()).toHaveTextContent('活动已删除');
    cleanup();
    gate('refused');
    expect(h1()).toHaveTextContent('此链接无效');
    expect(screen.getByTestId('invalid-link')).toHaveTextContent('它可能不完整或已过期。');
    cleanup();
    gate('offline');
    expect(screen.getByTestId('offline-notice')).toHaveTextContent('正在重新连接…');
    expect(screen.getByText('board')).toBeInTheDocument();
  });

  it('Arabic and French: a link with no key, with the projector’s advice', async () => {
    const invalid = () =>
      render(() => <InvalidLink advice={PROJECTOR_GATE_TEXTS.invalidAdvice} words={PROJECTOR_GATE_TEXTS.words} />);
    await showLanguage('ar');
    invalid();
    expect(h1()).toHaveTextContent('هذا الرابط غير صالح');
    expect(screen.getByTestId('invalid-link')).toHaveTextContent(
      'ربما يكون ناقصًا أو قديمًا. انسخ رابط جهاز العرض من لوحة المنظّمين مرة أخرى.',
    );
    cleanup();
    await showLanguage('fr');
    invalid();
    expect(h1()).toHaveTextContent('Ce lien n’est pas valide');
    expect(screen.getByTestId('invalid-link')).toHaveTextContent('Il est peut-être incomplet ou périmé.');
  });

  it('English: short words on the big screen, the bad link as before', () => {
    gate('replaced');
    expect(h1()).toHaveTextContent('Open in too many places');
    cleanup();
    render(() => <InvalidLink advice={PROJECTOR_GATE_TEXTS.invalidAdvice} words={PROJECTOR_GATE_TEXTS.words} />);
    expect(h1()).toHaveTextContent('This link is not valid');
    expect(screen.getByTestId('invalid-link')).toHaveTextContent(
      'It may be incomplete or out of date. Copy the projector link from the organizer console again.',
    );
  });
});
