import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';

/**
 * Decode the QR code in what an element looks like on screen: a PNG screenshot of it,
 * turned into pixels by the browser's own PNG decoder (canvas), then read by jsQR.
 */
export async function decodeQrIn(
  page: Page,
  element: Locator,
  scale: 'css' | 'device' = 'css',
): Promise<string | null> {
  const png = await element.screenshot({ scale });
  const { width, height, data } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let s = '';
    for (let i = 0; i < px.length; i += 0x8000) s += String.fromCharCode(...px.subarray(i, i + 0x8000));
    return { width: canvas.width, height: canvas.height, data: btoa(s) };
  }, png.toString('base64'));
  const rgba = new Uint8ClampedArray(Buffer.from(data, 'base64'));
  return jsQR(rgba, width, height)?.data ?? null;
}

/**
 * The pages of a PDF Chromium wrote (Skia writes page dictionaries uncompressed): how many, and
 * each size in points.
 */
export function pdfPages(pdf: Buffer): { count: number; sizes: Array<{ width: number; height: number }> } {
  const text = pdf.toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF');
  const count = Number(/\/Type\s*\/Pages\s*\/Count\s+(\d+)/.exec(text)?.[1] ?? NaN);
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Math.round(Number(m[3]) - Number(m[1])),
    height: Math.round(Number(m[4]) - Number(m[2])),
  }));
  return { count, sizes };
}
