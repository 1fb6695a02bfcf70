import type { Accessor, JSX } from 'solid-js';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { projector } from '../../i18n/catalogues/projector';
import type { OfflineBanner as Banner } from '../../live/offline-banner';
import { OfflineBanner } from '../../ui/offline-banner';
import { UpdatePrompt } from '../../ui/update-prompt';

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
  return (
    <div class="projector-notices">
      <OfflineBanner banner={props.banner} />
      <UpdatePrompt clock={props.clock} texts={{ ready: projector.t('updateReady'), update: projector.t('update') }} />
    </div>
  );
}
