import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Cue } from '../../live/cues';

/** Sound for the room: a chime at each phase change and a softer warning before a round ends. */
export interface Chime {
  supported: boolean;
  enabled: Accessor<boolean>;
  /** Must be called from a click: browsers only allow sound after a user gesture. */
  enable(): Promise<boolean>;
  disable(): void;
  play(cue: Cue): void;
}

type AudioContextCtor = new () => AudioContext;

/** One bell-like note: a sine with a quieter octave, fast attack, exponential decay. */
function note(ctx: AudioContext, freq: number, at: number, peak: number, seconds: number): void {
  for (const [mult, level] of [
    [1, 1],
    [2, 0.25],
    [3, 0.08],
  ] as const) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq * mult;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(peak * level, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + seconds + 0.05);
  }
}

/** Web Audio chimes, synthesized (no files to load). Must be called inside a Solid owner. */
export function createChime(): Chime {
  const Ctor: AudioContextCtor | undefined =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext);
  const [enabled, setEnabled] = createSignal(false);
  let ctx: AudioContext | null = null;

  const play = (cue: Cue) => {
    if (!ctx || !enabled()) return;
    const t = ctx.currentTime + 0.02;
    if (cue === 'phase') {
      // A rising three-note chime, loud enough for a hall.
      note(ctx, 659.25, t, 0.5, 1.4);
      note(ctx, 830.61, t + 0.28, 0.5, 1.4);
      note(ctx, 987.77, t + 0.56, 0.5, 2.2);
    } else {
      // The warning: one soft, low note.
      note(ctx, 523.25, t, 0.16, 1.2);
    }
  };

  onCleanup(() => void ctx?.close().catch(() => undefined));

  return {
    supported: Ctor !== undefined,
    enabled,
    async enable() {
      if (!Ctor) return false;
      try {
        ctx ??= new Ctor();
        await ctx.resume();
        setEnabled(ctx.state === 'running');
        play('warning'); // a short confirmation that sound works
        return enabled();
      } catch {
        setEnabled(false);
        return false;
      }
    },
    disable() {
      setEnabled(false);
    },
    play,
  };
}
