// Reads pixels of a screenshot without a PNG library: the browser decodes it in a blank page and counts them on a canvas.
import type { BrowserContext } from '@playwright/test';
import type { Rect } from '../fixtures/src/fixture-api.js';

/** For each pixel column of `png`, whether any of its pixels is close to `rgb` (within `tolerance` on each channel). */
export async function columnsWithColour(context: BrowserContext, png: Buffer, rgb: [number, number, number], tolerance = 60): Promise<boolean[]> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ data, rgb, tolerance }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const { data: px } = g.getImageData(0, 0, img.width, img.height);
        const columns: boolean[] = [];
        for (let x = 0; x < img.width; x++) {
          let hit = false;
          for (let y = 0; y < img.height && !hit; y++) {
            const i = (y * img.width + x) * 4;
            hit = Math.abs(px[i] - rgb[0]) <= tolerance && Math.abs(px[i + 1] - rgb[1]) <= tolerance && Math.abs(px[i + 2] - rgb[2]) <= tolerance;
          }
          columns.push(hit);
        }
        return columns;
      },
      { data: png.toString('base64'), rgb, tolerance },
    );
  } finally {
    await page.close();
  }
}

/** The strip just under a line of text, where an underline is drawn. */
export function stripUnder(r: Rect): { x: number; y: number; width: number; height: number } {
  return { x: Math.round(r.left), y: Math.round(r.bottom - 4), width: Math.max(1, Math.round(r.right - r.left)), height: 7 };
}
