import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Screenshot } from '../engine/content-schema';
import { placeCallout } from './callout-place';
import { content } from './index';

// The pictures the content points at, checked as files: present, the size the content says, small
// enough, and (for illustrations) no older than their sources, with callouts on their elements.
const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'public/screenshots/manifest.json'), 'utf8')) as {
  images: {
    file: string;
    width: number;
    height: number;
    sourceHash: string;
    sources: string[];
    callouts: Record<string, { x: number; y: number; w: number; h: number }>;
  }[];
};

const shots: [string, Screenshot][] = content.causes.flatMap((cause) =>
  cause.nodes.flatMap((node) =>
    (node.kind === 'check' ? (node.steps ?? []) : node.options.flatMap((o) => o.steps)).flatMap((step) =>
      step.screenshot ? [[`${cause.id} → ${node.id} → ${step.id}`, step.screenshot] as [string, Screenshot]] : [],
    ),
  ),
);

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(shots)('%s', (_where, shot) => {
  const file = join(root, 'public', shot.src);

  it('shows a picture that exists, at the size the content says, of at most 150 KB', () => {
    expect(existsSync(file), `${shot.src} is missing from public/`).toBe(true);
    expect(pngSize(file)).toEqual({ width: shot.width, height: shot.height });
    expect(statSync(file).size).toBeLessThanOrEqual(150 * 1024);
  });

  it.runIf(shot.illustration)('is an illustration as new as its sources, with callouts on their elements', () => {
    const image = manifest.images.find((i) => i.file === shot.src);
    expect(image, `${shot.src} is not in public/screenshots/manifest.json: run npm run screenshots`).toBeDefined();
    if (!image) return;
    const hash = createHash('sha256');
    for (const source of image.sources) {
      hash
        .update(source)
        .update('\0')
        .update(readFileSync(join(root, source)))
        .update('\0');
    }
    expect(hash.digest('hex'), `${shot.src} is older than its sources: run npm run screenshots`).toBe(image.sourceHash);
    for (const callout of shot.callouts) {
      if (!callout.target) continue;
      const box = image.callouts[callout.target];
      expect(box, `${shot.src} has no element "${callout.target}"`).toBeDefined();
      if (box) {
        const { kind, x, y, w, h } = callout;
        expect({ x, y, ...(w === undefined ? {} : { w, h }) }, 'run npm run screenshots').toEqual(
          placeCallout(kind, box),
        );
      }
    }
  });
});

it('every picture in public/screenshots is used by a step', () => {
  const used = new Set(shots.map(([, shot]) => shot.src));
  expect(manifest.images.map((i) => i.file).filter((f) => !used.has(f))).toEqual([]);
});
