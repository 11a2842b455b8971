#!/usr/bin/env node
// Draws the installable app's icons (apps/admin/public/icons/*.png): two linked rings — the
// industry chain — in white on the app's blue. Plain zlib PNG encoding, no image library.
// Run once after changing the drawing: `node scripts/make-app-icons.cjs`; the PNGs are committed.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { deflateSync } = require('node:zlib');

const BLUE = [0x19, 0x76, 0xd2];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Coverage of a pixel by the two rings, 0..1, sampled 4×4 for smooth edges. Content stays in the maskable safe zone (central 80 %). */
function ink(x, y, size) {
  const s = size / 512;
  const rings = [
    [206 * s, 256 * s],
    [306 * s, 256 * s],
  ];
  const r = 86 * s;
  const w = 22 * s;
  let hit = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      const px = x + (i + 0.5) / 4;
      const py = y + (j + 0.5) / 4;
      if (rings.some(([cx, cy]) => Math.abs(Math.hypot(px - cx, py - cy) - r) <= w)) hit++;
    }
  return hit / 16;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const a = ink(x, y, size);
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(BLUE[c] * (1 - a) + WHITE[c] * a);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(__dirname, '..', 'apps', 'admin', 'public', 'icons');
for (const size of [192, 512, 180]) writeFileSync(join(dir, size === 180 ? 'apple-touch-icon.png' : `icon-${size}.png`), png(size));
console.log(`icons written to ${dir}`);
