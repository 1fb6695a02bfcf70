import { Show } from 'solid-js';
import { print } from '../../i18n/catalogues/print';
import { firstStart, zoneNote, type PrintContext } from './print-context';
import { QrSvg } from './qr-svg';

/** A sign with the projector link's QR code: scan it on the laptop or phone that drives the big screen. */
export default function ProjectorSign(props: { ctx: PrintContext }) {
  const start = () => firstStart(props.ctx.times());
  return (
    <div class="sheets" data-testid="print-sheets" data-pages="1" data-fitted="true">
      <p class="print-note no-print">{print.t('signNote')}</p>
      <section class="sheet sign" data-testid="projector-sign">
        <p class="sign-event" dir="auto">
          {props.ctx.view().event.name}
        </p>
        <Show when={start()}>
          {(s) => (
            <>
              <p class="sign-when">
                {print.t('signWhen', { date: props.ctx.dateText(s()), time: props.ctx.timeText(s()) })}
              </p>
              <Show when={zoneNote(props.ctx.zone())}>
                {(note) => (
                  <p class="sign-zone" data-testid="print-zone">
                    {note()}
                  </p>
                )}
              </Show>
            </>
          )}
        </Show>
        <h2 class="sign-title">{print.t('signTitle')}</h2>
        <QrSvg text={props.ctx.view().links.projector} label={print.t('signQr')} class="qr-svg sign-qr" />
        <p class="sign-text">{print.t('signText')}</p>
      </section>
    </div>
  );
}
