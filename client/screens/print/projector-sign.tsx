import { Show } from 'solid-js';
import { firstStart, type PrintContext } from './print-context';
import { QrSvg } from './qr-svg';

/** A sign with the projector link's QR code: scan it on the laptop or phone that drives the big screen. */
export default function ProjectorSign(props: { ctx: PrintContext }) {
  const start = () => firstStart(props.ctx.times());
  return (
    <div class="sheets" data-testid="print-sheets" data-pages="1" data-fitted="true">
      <p class="print-note no-print">
        One page. Anyone who scans this code sees the projector view (names, tables and the countdown, nothing private).
      </p>
      <section class="sheet sign" data-testid="projector-sign">
        <p class="sign-event" dir="auto">
          {props.ctx.view().event.name}
        </p>
        <Show when={start()}>
          {(s) => (
            <p class="sign-when">
              {props.ctx.dateText(s())}, from {props.ctx.timeText(s())}
            </p>
          )}
        </Show>
        <h2 class="sign-title">Follow the rotation live</h2>
        <QrSvg
          text={props.ctx.view().links.projector}
          label="QR code: the projector view of this event"
          class="qr-svg sign-qr"
        />
        <p class="sign-text">
          Scan to open the big-screen view: the countdown, and who sits at which table this round.
        </p>
      </section>
    </div>
  );
}
