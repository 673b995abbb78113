// Renders the admin-screen illustrations (screenshots/screens/<cause>/<name>.mjs) to public/screenshots/<cause>/<name>.png
// with headless Chromium, and writes public/screenshots/manifest.json: each image's size, portal, source hash and the
// boxes of its [data-callout] elements. `npm run screenshots` renders all; `npm run screenshots -- credentials` only
// the screens whose path contains "credentials" (the manifest keeps the other entries).
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'screenshots');
const screensDir = path.join(sourceDir, 'screens');
const kitDir = path.join(sourceDir, 'kit');
const outDir = path.join(root, 'public', 'screenshots');
const manifestPath = path.join(outDir, 'manifest.json');
const MAX_BYTES = 150 * 1024;
/** Fonts the illustrations may use: the npm packages loaded by base.css. Anything else is a system fallback. */
const ALLOWED_FONTS = new Set(['Noto Sans', 'Cascadia Code']);

const rel = (file) => path.relative(root, file).split(path.sep).join('/');

async function listFiles(dir, ext) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The screen file and every file it imports from screenshots/, transitively (relative imports only). */
async function importGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = await readFile(file, 'utf8');
  for (const [, spec] of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
    await importGraph(path.resolve(path.dirname(file), spec), seen);
  }
  return seen;
}

/** sha256 over each source file's repo-relative path and bytes, in the given (sorted) order. */
async function hashSources(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${rel(file)}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function documentFor(screen) {
  const sheets = ['base', ...(screen.stylesheets ?? [])];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<base href="${pathToFileURL(sourceDir).href}/">
${sheets.map((s) => `<link rel="stylesheet" href="kit/${s}.css">`).join('\n')}
<style>html,body{width:${screen.viewport.width}px;height:${screen.viewport.height}px}</style>
</head><body>${screen.body}</body></html>`;
}

/** Every text-bearing element must be drawn with the bundled fonts only (a fallback font breaks determinism). */
async function checkFonts(cdp) {
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
  const textParents = [];
  const walk = (node) => {
    if (node.nodeName === 'STYLE' || node.nodeName === 'HEAD') return;
    if (node.children?.some((c) => c.nodeType === 3 && c.nodeValue.trim())) textParents.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(doc);
  const problems = new Set();
  for (const node of textParents) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
    for (const font of fonts) {
      if (!font.isCustomFont || !ALLOWED_FONTS.has(font.familyName)) {
        const text = node.children
          .find((c) => c.nodeType === 3)
          ?.nodeValue.trim()
          .slice(0, 40);
        problems.add(`${font.familyName} in <${node.nodeName.toLowerCase()}> "${text}"`);
      }
    }
  }
  return [...problems];
}

async function render({ page, cdp, tmp }, screenFile) {
  const { default: screen } = await import(pathToFileURL(screenFile).href);
  const name = path.relative(screensDir, screenFile).replace(/\.mjs$/, '');
  const htmlFile = path.join(tmp, `${name.replaceAll('/', '--')}.html`);
  await writeFile(htmlFile, documentFor(screen));
  await page.setViewportSize(screen.viewport);
  await page.goto(pathToFileURL(htmlFile).href);
  await page.evaluate(() => document.fonts.ready);

  const fontProblems = await checkFonts(cdp);
  if (fontProblems.length)
    throw new Error(`${name}: text drawn with fonts outside the kit:\n  ${fontProblems.join('\n  ')}`);

  const measured = await page.evaluate(() => {
    const frameEl = document.querySelector('[data-frame]') ?? document.body;
    const f = frameEl.getBoundingClientRect();
    const frame = {
      x: Math.round(f.left),
      y: Math.round(f.top),
      width: Math.round(f.width),
      height: Math.round(f.height),
    };
    const callouts = [];
    for (const el of frameEl.querySelectorAll('[data-callout]')) {
      const r = el.getBoundingClientRect();
      // A target hidden behind a pane or popup would get a callout over the wrong thing.
      const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      const covered = !hit || !(el.contains(hit) || hit.contains(el));
      const left = Math.max(Math.floor(r.left), frame.x);
      const top = Math.max(Math.floor(r.top), frame.y);
      const right = Math.min(Math.ceil(r.right), frame.x + frame.width);
      const bottom = Math.min(Math.ceil(r.bottom), frame.y + frame.height);
      callouts.push({
        id: el.dataset.callout,
        x: left - frame.x,
        y: top - frame.y,
        w: right - left,
        h: bottom - top,
        covered,
      });
    }
    // Text cut off sideways by a box that hides overflow, or by the frame, is a layout bug in an illustration.
    const clipped = [];
    const range = document.createRange();
    for (const el of frameEl.querySelectorAll('*')) {
      const texts = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim());
      if (!texts.length || el.closest('style, [data-allow-clip]')) continue;
      for (const text of texts) {
        range.selectNodeContents(text);
        const r = range.getBoundingClientRect();
        let box = f;
        let ellipsis = false;
        for (let a = el; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflow !== 'visible' || a === frameEl) {
            box = a.getBoundingClientRect();
            // text-overflow: ellipsis reports the shortened text's box, so compare the clipping box's own sizes too.
            ellipsis = a.scrollWidth > a.clientWidth + 1;
            if (ellipsis || r.right > box.right + 1 || r.left < box.left - 1) break;
          }
        }
        if (ellipsis || r.right > box.right + 1 || r.left < box.left - 1 || r.right > f.right + 1)
          clipped.push(text.textContent.trim().slice(0, 50));
      }
    }
    return { frame, callouts, clipped };
  });
  if (measured.clipped.length) throw new Error(`${name}: text is cut off: ${measured.clipped.join(' | ')}`);

  const callouts = {};
  for (const c of measured.callouts) {
    if (callouts[c.id]) throw new Error(`${name}: callout id "${c.id}" is used twice`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) throw new Error(`${name}: callout id "${c.id}" is not kebab-case`);
    if (c.w <= 0 || c.h <= 0) throw new Error(`${name}: callout "${c.id}" is outside the image`);
    if (c.covered) throw new Error(`${name}: callout "${c.id}" is hidden behind another element`);
    callouts[c.id] = { x: c.x, y: c.y, w: c.w, h: c.h };
  }

  const outFile = path.join(outDir, `${name}.png`);
  await mkdir(path.dirname(outFile), { recursive: true });
  const { frame } = measured;
  const shot = await page.screenshot({ clip: frame, animations: 'disabled', caret: 'hide', scale: 'css' });
  // 256-colour palette (libimagequant, no dithering): flat UI art stays visually identical at a third of the size.
  const png = await sharp(shot)
    .png({ palette: true, quality: 100, effort: 10, compressionLevel: 9, dither: 0 })
    .toBuffer();
  await writeFile(outFile, png);
  const bytes = png.length;

  const stylesheets = ['base', ...(screen.stylesheets ?? [])].map((s) => path.join(kitDir, `${s}.css`));
  const sources = [...(await importGraph(screenFile)), ...stylesheets].sort();
  sources.push(fileURLToPath(import.meta.url));
  return {
    entry: {
      file: `/screenshots/${name}.png`,
      width: frame.width,
      height: frame.height,
      portal: screen.portal,
      sourceHash: await hashSources(sources),
      sources: sources.map(rel),
      callouts,
    },
    bytes,
  };
}

const started = performance.now();
const filter = process.argv[2];
const screenFiles = (await listFiles(screensDir, '.mjs')).filter((f) => !filter || rel(f).includes(filter));
if (!screenFiles.length) throw new Error(`No screens match "${filter}"`);
const { checkedOn } = await import(pathToFileURL(path.join(kitDir, 'data.mjs')).href);

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--force-color-profile=srgb', '--font-render-hinting=none', '--hide-scrollbars'],
});
const context = await browser.newContext({
  deviceScaleFactor: 1,
  colorScheme: 'light',
  reducedMotion: 'reduce',
  locale: 'en-US',
  timezoneId: 'UTC',
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('DOM.enable');
await cdp.send('CSS.enable');
const tmp = await mkdtemp(path.join(tmpdir(), 'render-screenshots-'));

let previous = { images: [] };
if (filter) previous = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => '{"images":[]}'));
const images = new Map(previous.images.map((img) => [img.file, img]));
let tooBig = 0;
try {
  for (const file of screenFiles) {
    const { entry, bytes } = await render({ page, cdp, tmp }, file);
    images.set(entry.file, entry);
    const kb = (bytes / 1024).toFixed(1);
    console.log(
      `${entry.file}  ${entry.width}×${entry.height}  ${kb} KB  ${Object.keys(entry.callouts).length} callouts`,
    );
    if (bytes > MAX_BYTES) {
      tooBig++;
      console.error(`  ! larger than ${MAX_BYTES / 1024} KB`);
    }
  }
} finally {
  await browser.close();
  await rm(tmp, { recursive: true, force: true });
}

const manifest = {
  checkedOn,
  illustration: true,
  images: [...images.values()].sort((a, b) => a.file.localeCompare(b.file)),
};
await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `${screenFiles.length} screens in ${((performance.now() - started) / 1000).toFixed(1)} s → ${rel(manifestPath)}`,
);
if (tooBig) process.exitCode = 1;
