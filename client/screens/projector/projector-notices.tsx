import { createSignal, Show, type Accessor, type JSX } from 'solid-js';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { projector } from '../../i18n/catalogues/projector';
import { applyUpdate, updateReady } from '../../live/app-update';
import type { OfflineBanner as Banner } from '../../live/offline-banner';
import { updateFitsNow } from '../../live/update-moment';
import { OfflineBanner } from '../../ui/offline-banner';

const WHY = {
  none: null,
  paused: 'whyPaused',
  'not-started': 'whyNotStarted',
  old: 'whyOld',
} as const satisfies Record<Banner['reason'], string | null>;

/**
 * The offline banner's line in the page's language: the shared banner decides when and why
 * (offline-banner.ts); these are the same words from the projector's catalogue.
 */
export function offlineLine(reason: Banner['reason'], connecting: boolean, time: string): string {
  const why = WHY[reason];
  return projector.t('offlineLine', {
    lead: connecting ? projector.t('connectingLead', { time }) : projector.t('offlineLead', { time }),
    why: why ? projector.t(why) : '',
    back: connecting ? projector.t('backServer') : projector.t('backOnline'),
  });
}

/**
 * Over the bottom corner of the projector: the plan shown is from before the connection was
 * lost (issue 20), and "a new version is ready — Update", offered only between rounds.
 */
export function ProjectorNotices(props: {
  banner: Accessor<Banner | null>;
  clock: Accessor<ClockSnapshot | null>;
}): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  const update = () => {
    setBusy(true);
    void applyUpdate().finally(() => setBusy(false));
  };
  return (
    <div class="projector-notices">
      <OfflineBanner banner={props.banner} />
      <Show when={updateReady() && updateFitsNow(props.clock())}>
        <div class="update-prompt" role="status" data-testid="update-prompt">
          <span>{projector.t('updateReady')}</span>
          <button type="button" class="small-button" onClick={update} disabled={busy()}>
            {projector.t('update')}
          </button>
        </div>
      </Show>
    </div>
  );
}
