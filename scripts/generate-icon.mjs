// Draws TokenLab's app icon (build/icon.png, 1024×1024) with no image library: a rounded
// square in the brand gradient with a white countdown ring and clock hand. electron-builder
// derives the macOS .icns, Windows .ico and Linux sizes from this one PNG.
// Run: node scripts/generate-icon.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const byte of buf) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const clamp = (v) => Math.max(0, Math.min(1, v));
const mix = (a, b, t) => a + (b - a) * t;

/** Signed distance to a rounded square centred in the canvas. */
function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x) - half + radius;
  const qy = Math.abs(y) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const t = clamp(((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let j = 0; j < SIZE; j++) {
  raw[j * (SIZE * 4 + 1)] = 0;
  for (let i = 0; i < SIZE; i++) {
    const x = i + 0.5 - SIZE / 2;
    const y = j + 0.5 - SIZE / 2;
    const shape = clamp(0.5 - roundedSquare(x, y, 430, 190));
    // Gradient from blue (top left) to teal (bottom right).
    const t = clamp((x + y) / (2 * 860) + 0.5);
    let r = mix(47, 18, t);
    let g = mix(95, 160, t);
    let b = mix(208, 138, t);
    // White ring: three quarters of a circle, the rest faded — time running out.
    const d = Math.hypot(x, y);
    const ring = clamp(0.5 - Math.abs(d - 250) + 34);
    const angle = (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
    const ringAlpha = ring * (angle < 1.5 * Math.PI ? 1 : 0.35);
    // Clock hand from the centre towards 2 o'clock, and a centre dot.
    const hand = clamp(0.5 - segmentDistance(x, y, 0, 0, 120, -120) + 30);
    const dot = clamp(0.5 - d + 52);
    const white = Math.max(ringAlpha, hand, dot);
    r = mix(r, 255, white);
    g = mix(g, 255, white);
    b = mix(b, 255, white);
    const o = j * (SIZE * 4 + 1) + 1 + i * 4;
    raw[o] = Math.round(r);
    raw[o + 1] = Math.round(g);
    raw[o + 2] = Math.round(b);
    raw[o + 3] = Math.round(shape * 255);
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(new URL('../build/', import.meta.url), { recursive: true });
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
