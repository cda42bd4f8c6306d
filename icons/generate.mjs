// Draws the toolbar icons (a speech bubble with a check mark) as PNGs with zlib alone: no downloads, no image tools.
// Run: node icons/generate.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BLUE = [0x1f, 0x5f, 0x8b];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to segment a-b, for anti-aliased strokes. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of the bubble at unit coordinates (u, v), supersampled by the caller. */
function pixel(u, v) {
  // rounded-rectangle bubble with a tail at the bottom left
  const r = 0.2, x0 = 0.06, y0 = 0.08, x1 = 0.94, y1 = 0.74;
  const cx = Math.min(Math.max(u, x0 + r), x1 - r), cy = Math.min(Math.max(v, y0 + r), y1 - r);
  const inBubble = Math.hypot(u - cx, v - cy) <= r && u >= x0 && u <= x1 && v >= y0 && v <= y1;
  const inTail = v >= 0.7 && v <= 0.95 && u >= 0.2 && u <= 0.2 + (0.95 - v) * 1.2 && u <= 0.45;
  if (!inBubble && !inTail) return null;
  const w = 0.07;
  const tick = Math.min(segDist(u, v, 0.3, 0.42, 0.45, 0.57), segDist(u, v, 0.45, 0.57, 0.72, 0.27));
  return tick <= w ? WHITE : BLUE;
}

function png(size) {
  const SS = 4; // supersampling per axis
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = pixel((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const o = 1 + x * 4;
      if (a) {
        row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a);
        row[o + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const dir = fileURLToPath(new URL('.', import.meta.url));
for (const size of [16, 32, 48, 128]) writeFileSync(`${dir}icon-${size}.png`, png(size));
console.log('icons written:', [16, 32, 48, 128].map((s) => `icon-${s}.png`).join(', '));
