/**
 * Keeps the content's screenshots in step with the rendered illustrations (part of `npm run screenshots`):
 * for each step screenshot marked `illustration: true`, copies its size, portal and check date from
 * public/screenshots/manifest.json, and moves every callout that names a `target` onto that element's
 * box (src/content/callout-place.ts). Real captures are left alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeCallout } from '../src/content/callout-place.ts';

const CAUSES = 'src/content/causes';
const manifest = JSON.parse(readFileSync('public/screenshots/manifest.json', 'utf8'));
const images = new Map(manifest.images.map((image) => [image.file, image]));
const problems = [];
let updated = 0;

for (const name of readdirSync(CAUSES).filter((f) => f.endsWith('.json'))) {
  const path = join(CAUSES, name);
  const cause = JSON.parse(readFileSync(path, 'utf8'));
  const before = JSON.stringify(cause);
  for (const step of steps(cause)) {
    const shot = step.screenshot;
    if (!shot?.illustration) continue;
    const image = images.get(shot.src);
    if (!image) {
      problems.push(`${path}: step "${step.id}" shows ${shot.src}, which the manifest does not list`);
      continue;
    }
    shot.width = image.width;
    shot.height = image.height;
    shot.portal = image.portal;
    shot.checkedOn = manifest.checkedOn;
    for (const callout of shot.callouts) {
      if (!callout.target) continue;
      const box = image.callouts[callout.target];
      if (!box) {
        problems.push(`${path}: step "${step.id}" points at "${callout.target}", which ${shot.src} has no longer`);
        continue;
      }
      Object.assign(callout, placeCallout(callout.kind, box));
    }
  }
  if (JSON.stringify(cause) !== before) {
    writeFileSync(path, `${JSON.stringify(cause, null, 2)}\n`); // biome formats it afterwards
    updated++;
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Callouts in step with the illustrations (${updated} content file(s) updated).`);

function* steps(cause) {
  for (const node of cause.nodes) {
    if (node.kind === 'check') yield* node.steps ?? [];
    else for (const option of node.options) yield* option.steps;
  }
}
