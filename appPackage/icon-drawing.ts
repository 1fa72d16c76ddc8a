/**
 * Draws Nærvær's two Teams icons in code: a speech bubble holding a heart (a conversation held
 * with care). Shapes are signed distance functions in a unit square (y down), sampled 4×4 per pixel
 * for anti-aliasing, so the same drawing scales to 192 px and 32 px.
 */
import { PNG } from 'pngjs';

/** The calm blue-green behind the mark; also the manifest's accentColor. */
export const ACCENT_COLOR = '#2A6F7A';
const WARM_HEART: Rgb = [240, 135, 110];
const WHITE: Rgb = [255, 255, 255];

type Rgb = [number, number, number];
type Point = [number, number];
type Layer = 'background' | 'bubble' | 'heart';

const SAMPLES = 4;
const BODY = { centre: [0.5, 0.45] as Point, half: [0.3, 0.22] as Point, radius: 0.1 };
/** Outline: the body's sides land on pixels 3 and 29 and its top on pixel 4, for crisp 2 px lines. */
const OUTLINE_SCALE = 13 / (BODY.half[0] * 32);
const OUTLINE_SHIFT = 4 / 32 - 0.5 - (BODY.centre[1] - BODY.half[1] - 0.5) * OUTLINE_SCALE;

/** The 192×192 full-colour icon: a white bubble with a warm heart on the accent colour. */
export function drawColorIcon(): PNG {
  const background = hexToRgb(ACCENT_COLOR);
  const colours: Record<Layer, Rgb> = { background, bubble: WHITE, heart: WARM_HEART };
  return render(192, (x, y) => {
    const layer = colorLayerAt(toDesign(x, y, 0.88, 0));
    return [...colours[layer], 255];
  });
}

/** The 32×32 outline icon: the bubble's white outline and a white heart on transparency. */
export function drawOutlineIcon(): PNG {
  const strokeHalfWidth = 1 / 32 / OUTLINE_SCALE;
  return render(32, (x, y) => {
    const p = toDesign(x, y, OUTLINE_SCALE, OUTLINE_SHIFT);
    const onOutline = Math.abs(bubbleDistance(p)) <= strokeHalfWidth;
    return [...WHITE, onOutline || insideHeart(p) ? 255 : 0];
  });
}

function colorLayerAt(p: Point): Layer {
  if (insideHeart(p)) return 'heart';
  return bubbleDistance(p) <= 0 ? 'bubble' : 'background';
}

/** Maps a point of the icon (0..1) to design space: scaled about the centre, then shifted down. */
function toDesign(x: number, y: number, scale: number, shiftY: number): Point {
  return [0.5 + (x - 0.5) / scale, 0.5 + (y - 0.5 - shiftY) / scale];
}

/** Renders `size`×`size`, averaging SAMPLES² samples of `shade` (RGBA 0..255) per pixel. */
function render(size: number, shade: (x: number, y: number) => number[]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const rgba = averagePixel(px, py, size, shade);
      png.data.set(rgba, (py * size + px) * 4);
    }
  }
  return png;
}

function averagePixel(
  px: number,
  py: number,
  size: number,
  shade: (x: number, y: number) => number[],
): number[] {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const sample = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
      for (let i = 0; i < 4; i++) sum[i] = (sum[i] ?? 0) + (sample[i] ?? 0);
    }
  }
  return sum.map((v) => Math.round(v / (SAMPLES * SAMPLES)));
}

/** Signed distance to the bubble: a rounded rectangle with a tail at its lower left. */
function bubbleDistance(p: Point): number {
  const body = roundedBoxDistance(p, BODY.centre, BODY.half, BODY.radius);
  const tail = triangleDistance(p, [0.3, 0.6], [0.46, 0.6], [0.25, 0.79]);
  return Math.min(body, tail);
}

/** The classic implicit heart (x²+y²−1)³ − x²y³ ≤ 0, pointing down, centred in the bubble. */
function insideHeart(p: Point): boolean {
  const size = 0.125;
  const u = (p[0] - 0.5) / size;
  const v = -(p[1] - 0.47) / size;
  const a = u * u + v * v - 1;
  return a * a * a - u * u * v * v * v <= 0;
}

function roundedBoxDistance(p: Point, centre: Point, half: Point, radius: number): number {
  const qx = Math.abs(p[0] - centre[0]) - (half[0] - radius);
  const qy = Math.abs(p[1] - centre[1]) - (half[1] - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Exact signed distance to a triangle (negative inside). */
function triangleDistance(p: Point, a: Point, b: Point, c: Point): number {
  const corners: [Point, Point][] = [
    [a, b],
    [b, c],
    [c, a],
  ];
  const orientation = Math.sign(cross(sub(b, a), sub(a, c)));
  let nearest = Infinity;
  let inside = true;
  for (const [from, to] of corners) {
    const edge = sub(to, from);
    const rel = sub(p, from);
    const t = Math.min(Math.max(dot(rel, edge) / dot(edge, edge), 0), 1);
    nearest = Math.min(nearest, Math.hypot(rel[0] - edge[0] * t, rel[1] - edge[1] * t));
    if (orientation * cross(rel, edge) < 0) inside = false;
  }
  return inside ? -nearest : nearest;
}

function sub(a: Point, b: Point): Point {
  return [a[0] - b[0], a[1] - b[1]];
}
function dot(a: Point, b: Point): number {
  return a[0] * b[0] + a[1] * b[1];
}
function cross(a: Point, b: Point): number {
  return a[0] * b[1] - a[1] * b[0];
}

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
