/**
 * `node --import tsx scripts/pwa/make-icons.ts`: draw the app icons of the web app manifest
 * (client/public/icons) from code, so they can be remade at any size without a drawing tool.
 * A round table seen from above with four chairs, white on the theme colour. The maskable one
 * keeps the drawing inside the central 80 % "safe zone" that launchers may crop to.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const OUT = join(import.meta.dirname, '..', '..', 'client', 'public', 'icons');
const THEME = [0x1d, 0x35, 0x57] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** One icon: `scale` is how much of the square the drawing fills; `round` rounds the corners. */
function icon(size: number, scale: number, round: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  const u = (size * scale) / 2; // the drawing's radius
  const corner = round ? size * 0.18 : 0;
  const inside = (x: number, y: number) => {
    const dx = Math.max(corner - x, 0, x - (size - corner));
    const dy = Math.max(corner - y, 0, y - (size - corner));
    return corner === 0 || dx * dx + dy * dy <= corner * corner;
  };
  const chairs = [0, 1, 2, 3].map((k) => {
    const a = (Math.PI / 2) * k + Math.PI / 4;
    return [c + Math.cos(a) * u * 0.78, c + Math.sin(a) * u * 0.78] as const;
  });
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const table = d <= u * 0.45;
      const chair = chairs.some(([cx, cy]) => Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= u * 0.17);
      const [r, g, b] = table || chair ? WHITE : THEME;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = inside(x + 0.5, y + 0.5) ? 255 : 0;
    }
  return PNG.sync.write(png);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'icon-192.png'), icon(192, 0.9, true));
writeFileSync(join(OUT, 'icon-512.png'), icon(512, 0.9, true));
writeFileSync(join(OUT, 'maskable-512.png'), icon(512, 0.7, false));
writeFileSync(join(OUT, 'apple-touch-icon.png'), icon(180, 0.8, false));
console.log(`icons written to ${OUT}`);
