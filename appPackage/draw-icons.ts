/**
 * Writes appPackage/color.png (192×192) and appPackage/outline.png (32×32) from icon-drawing.ts.
 * Run after changing the drawing: `npx tsx appPackage/draw-icons.ts`; commit both PNGs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { drawColorIcon, drawOutlineIcon } from './icon-drawing.js';

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

for (const [file, png] of [
  ['color.png', drawColorIcon()],
  ['outline.png', drawOutlineIcon()],
] as const) {
  writeFileSync(here(file), PNG.sync.write(png));
  console.log(`wrote appPackage/${file} (${png.width}×${png.height})`);
}
