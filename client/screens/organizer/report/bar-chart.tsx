import { createUniqueId, For, type JSX } from 'solid-js';

/** One bar: its value, and optionally the track it is drawn over (e.g. held over planned). */
export interface Bar {
  key: string;
  label: string;
  value: number;
  track?: number;
  /** What the end of the bar says ("8/10"). */
  valueText: string;
  /** The bar in words, for screen readers. */
  ariaLabel: string;
}

const WIDTH = 480;
const LABEL_W = 90;
const VALUE_W = 60;
const ROW_H = 28;
const BAR_H = 18;

/**
 * A horizontal bar chart in plain SVG. Each bar (its row) is an image with its own label, so a
 * screen reader can step through the bars.
 * The caller puts the same numbers in a table below: the chart is never the only way to read them.
 */
export function BarChart(props: { label: string; bars: Bar[]; testId?: string }): JSX.Element {
  const titleId = `chart-${createUniqueId()}`;
  const max = () => Math.max(1, ...props.bars.map((b) => Math.max(b.value, b.track ?? 0)));
  const span = WIDTH - LABEL_W - VALUE_W;
  const w = (n: number) => (n / max()) * span;
  return (
    <figure class="bar-chart" data-testid={props.testId}>
      <svg viewBox={`0 0 ${WIDTH} ${Math.max(1, props.bars.length) * ROW_H}`} aria-labelledby={titleId}>
        <title id={titleId}>{props.label}</title>
        <For each={props.bars}>
          {(b, i) => {
            const y = () => i() * ROW_H + (ROW_H - BAR_H) / 2;
            const end = () => LABEL_W + w(Math.max(b.value, b.track ?? 0)) + 6;
            // The whole row is one image: its label is what a screen reader says, its drawing is not read.
            return (
              // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive
              <g role="img" aria-label={b.ariaLabel} class="bar-row">
                <text x={LABEL_W - 8} y={y() + BAR_H / 2} class="bar-label">
                  {b.label}
                </text>
                {b.track !== undefined && (
                  <rect x={LABEL_W} y={y()} width={w(b.track)} height={BAR_H} class="bar-track" />
                )}
                <rect x={LABEL_W} y={y()} width={w(b.value)} height={BAR_H} class="bar" />
                <text x={end()} y={y() + BAR_H / 2} class="bar-value">
                  {b.valueText}
                </text>
              </g>
            );
          }}
        </For>
      </svg>
    </figure>
  );
}
