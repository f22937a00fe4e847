#!/usr/bin/env node
/**
 * Draws the Koers logo (a white "K" whose upper arm is a course arrow, on a teal rounded square) and
 * writes it as RGBA PNGs in the sizes the manifest needs. No image library: shapes are coverage
 * functions, anti-aliased by supersampling, and the PNG is encoded with zlib.
 *
 *   node scripts/make-icons.mjs           write assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.mjs --check   exit 1 when a committed icon differs from what this draws
 */
import { deflateSync } from "node:zlib";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ICON_SIZES = [16, 32, 64, 80, 128];

const TEAL = [14, 124, 123];
const WHITE = [255, 255, 255];
const AMBER = [246, 176, 66];

/** Distance from point p to segment a–b, all in unit coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const cx = Math.max(lo, Math.min(hi, x));
  const cy = Math.max(lo, Math.min(hi, y));
  return Math.hypot(x - cx, y - cy) <= radius;
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy, rx, ry) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = side(ax, ay, bx, by, x, y);
  const d2 = side(bx, by, cx, cy, x, y);
  const d3 = side(cx, cy, ax, ay, x, y);
  const hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNegative && hasPositive);
}

/**
 * The logo as layers, bottom to top. Strokes are thicker at small sizes so the K stays two pixels wide
 * on a 16 px ribbon icon.
 */
function layers(size) {
  const stroke = Math.max(0.12, 2.1 / size);
  const half = stroke / 2;
  const tip = [0.8, 0.2];
  const arrowBase = [0.63, 0.34];
  const along = [tip[0] - arrowBase[0], tip[1] - arrowBase[1]];
  const length = Math.hypot(along[0], along[1]);
  const normal = [-along[1] / length, along[0] / length];
  const headHalfWidth = Math.max(0.13, 2.6 / size);
  const headLeft = [arrowBase[0] + normal[0] * headHalfWidth, arrowBase[1] + normal[1] * headHalfWidth];
  const headRight = [arrowBase[0] - normal[0] * headHalfWidth, arrowBase[1] - normal[1] * headHalfWidth];
  return [
    { color: TEAL, covers: (x, y) => insideRoundedSquare(x, y, 0.02, 0.2) },
    {
      color: WHITE,
      covers: (x, y) =>
        segmentDistance(x, y, 0.3, 0.2, 0.3, 0.8) <= half ||
        segmentDistance(x, y, 0.34, 0.55, 0.74, 0.8) <= half ||
        segmentDistance(x, y, 0.34, 0.58, arrowBase[0] + along[0] * 0.2, arrowBase[1] + along[1] * 0.2) <=
          half,
    },
    { color: AMBER, covers: (x, y) => insideTriangle(x, y, tip, headLeft, headRight) },
  ];
}

/** Renders the logo at size × size as straight (non-premultiplied) RGBA bytes. */
export function renderIcon(size) {
  const samples = size <= 32 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  const shapes = layers(size);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let alpha = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (column + (sx + 0.5) / samples) / size;
          const y = (row + (sy + 0.5) / samples) / size;
          let color = null;
          for (const shape of shapes) if (shape.covers(x, y)) color = shape.color;
          if (color) {
            red += color[0];
            green += color[1];
            blue += color[2];
            alpha += 1;
          }
        }
      }
      const offset = (row * size + column) * 4;
      if (alpha > 0) {
        pixels[offset] = Math.round(red / alpha);
        pixels[offset + 1] = Math.round(green / alpha);
        pixels[offset + 2] = Math.round(blue / alpha);
      }
      pixels[offset + 3] = Math.round((alpha / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA bytes as a PNG (colour type 6, 8 bits, filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let row = 0; row < height; row++) {
    raw[row * (width * 4 + 1)] = 0;
    rgba.copy(raw, row * (width * 4 + 1) + 1, row * width * 4, (row + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    const png = encodePng(size, size, renderIcon(size));
    if (check) {
      if (!existsSync(file) || !readFileSync(file).equals(png)) {
        console.error(`${file} is missing or differs from what scripts/make-icons.mjs draws`);
        stale++;
      }
    } else {
      writeFileSync(file, png);
      console.log(`wrote ${file} (${size}×${size}, ${png.length} bytes)`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
