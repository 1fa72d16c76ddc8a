import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { PNG } from 'pngjs';
import { ACCENT_COLOR, drawColorIcon, drawOutlineIcon } from '../../appPackage/icon-drawing.js';
import { buildManifest } from '../../appPackage/manifest-builder.js';

const GUID = '6f1c2a8e-4b7d-4e3a-9c5f-0a1b2c3d4e5f';

function committed(name: string): PNG {
  return PNG.sync.read(readFileSync(new URL(`../../appPackage/${name}`, import.meta.url)));
}

function pixels(png: PNG): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < png.data.length; i += 4) out.push([...png.data.subarray(i, i + 4)]);
  return out;
}

describe('color.png', () => {
  it('when read, then it is 192×192 and fully opaque', () => {
    const png = committed('color.png');
    expect([png.width, png.height]).to.deep.equal([192, 192]);
    expect(pixels(png).every((p) => p[3] === 255)).to.equal(true);
  });

  it('when read, then its corner is the accent colour of the manifest and its centre is the warm heart', () => {
    const all = pixels(committed('color.png'));
    const at = (x: number, y: number) => all[y * 192 + x];
    expect(ACCENT_COLOR).to.equal('#2A6F7A');
    expect(
      buildManifest({ appId: GUID, botId: GUID, domain: 'x.dk', version: '1.0.0' }).accentColor,
    ).to.equal(ACCENT_COLOR);
    expect(at(2, 2)).to.deep.equal([0x2a, 0x6f, 0x7a, 255]);
    expect(at(96, 90)).to.deep.equal([240, 135, 110, 255]);
  });

  it('when drawn again, then the committed file has the same pixels', () => {
    expect(committed('color.png').data.equals(drawColorIcon().data)).to.equal(true);
  });
});

describe('outline.png', () => {
  it('when read, then it is 32×32', () => {
    const png = committed('outline.png');
    expect([png.width, png.height]).to.deep.equal([32, 32]);
  });

  it('when read, then every pixel is white or fully transparent', () => {
    const offending = pixels(committed('outline.png')).filter(
      ([r, g, b, a]) => a !== 0 && (r !== 255 || g !== 255 || b !== 255),
    );
    expect(offending).to.deep.equal([]);
  });

  it('when read, then it has both a transparent background and a visible white mark', () => {
    const all = pixels(committed('outline.png'));
    const opaque = all.filter((p) => p[3] === 255).length;
    expect(all[0]?.[3]).to.equal(0);
    expect(opaque).to.be.within(80, 600);
  });

  it('when drawn again, then the committed file has the same pixels', () => {
    expect(committed('outline.png').data.equals(drawOutlineIcon().data)).to.equal(true);
  });
});
