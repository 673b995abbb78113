/**
 * Benchmark: `npm run bench`. A measurement, not a test: it exits 0 when a target is missed, non-zero only when
 * something failed to run.
 *
 * 1. Builds the production app (`vite build` into dist/), copies dist/ to a private snapshot (others may rebuild dist/
 *    while this runs) and serves the snapshot with `vite preview` on 127.0.0.1:4199.
 * 2. First-load weight: opens `/` in headless Chromium (Playwright), no user action, waits for network idle, and sums
 *    every JS and CSS response gzipped with zlib level 9. Target: JS + CSS ≤ 100 kB gzip (1 kB = 1000 bytes).
 *    Also lists the chunks in dist/assets the start page did not load (the lazy ones).
 * 3. Lighthouse 13 (Node API, default mobile emulation and simulated throttling, performance only) on `/` and on
 *    one cause page, 3 runs each; reports the run with the median score. Target: performance ≥ 98.
 * 4. Writes the figures to bench-results/latest.json and prints a Markdown summary for the README.
 *
 * Runs offline: Chromium is Debian's (scripts/chromium.mjs); Lighthouse only talks to it and to the local server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST_DIR = path.join(ROOT, 'dist');
const RESULTS_FILE = path.join(ROOT, 'bench-results', 'latest.json');
const PORT = Number(process.env.BENCH_PORT ?? 4199);
// An explicit IPv4 host: "localhost" may resolve to ::1 in one process and 127.0.0.1 in another.
const BASE_URL = `http://127.0.0.1:${PORT}`;

const FIRST_LOAD_TARGET_BYTES = 100 * 1000;
const PERFORMANCE_TARGET = 98;
const LIGHTHOUSE_RUNS = 3;
const LIGHTHOUSE_PAGES = ['/', '/causes/security-defaults'];
const SETTLE_MS = 500;

// --- formatting -------------------------------------------------------------------------------------------------

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const pad = (value, width) => String(value).padStart(width);

function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : pad(c, widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function heading(text) {
  console.log(`\n== ${text} ${'='.repeat(Math.max(0, 100 - text.length))}`);
}

// --- build and serve --------------------------------------------------------------------------------------------

function build() {
  heading('Build (vite build)');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}

/**
 * A private copy of dist/ to serve and measure. Others build into dist/ concurrently; a rebuild empties it, and
 * Chromium then gets a failed document load in the middle of a Lighthouse run.
 */
async function snapshotDist() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-dist-'));
  try {
    await cp(DIST_DIR, dir, { recursive: true });
    // The copy must be one consistent build: every asset index.html links to must be there.
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    for (const [, asset] of html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)) {
      await readFile(path.join(dir, asset)).catch(() => {
        throw new Error(`dist/ changed while being copied (${asset} missing); run again`);
      });
    }
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Starts `vite preview` in its own process group, so that stopping it also stops what npx started under it. */
function spawnPreview(outDir) {
  const args = ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'];
  const child = spawn('npx', args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The whole group is already gone.
    }
  };
  return { exited, stop, output: () => output };
}

async function isServing() {
  try {
    return (await fetch(`${BASE_URL}/`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function waitUntilServing(server, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited()) throw new Error(`vite preview exited:\n${server.output()}`);
    if (await isServing()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${BASE_URL} within ${timeoutMs} ms:\n${server.output()}`);
}

/**
 * The preview server, restarted when it is found dead: concurrent test runs on this machine have been seen to kill
 * every `vite preview` process, which Lighthouse then reports as "Chrome prevented page load with an interstitial".
 */
async function startPreview(outDir) {
  if (await isServing()) throw new Error(`Something already answers on ${BASE_URL}; set BENCH_PORT to another port`);
  let server = spawnPreview(outDir);
  await waitUntilServing(server);
  const ensure = async () => {
    if (!server.exited() && (await isServing())) return;
    console.log('    vite preview was found dead; restarting it');
    server.stop();
    server = spawnPreview(outDir);
    await waitUntilServing(server);
  };
  return { ensure, stop: () => server.stop() };
}

/** Runs one measurement against a live server; one retry, so a single flaky run does not waste minutes of measuring. */
async function withRetry(preview, what, measure) {
  await preview.ensure();
  try {
    return await measure();
  } catch (error) {
    console.log(`    ${what} failed, retrying once: ${error instanceof Error ? error.message : error}`);
    await preview.ensure();
    return measure();
  }
}

// --- first-load weight ------------------------------------------------------------------------------------------

function kindOf(response) {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  if (type === 'script' || /javascript/.test(contentType)) return 'js';
  if (type === 'stylesheet' || /text\/css/.test(contentType)) return 'css';
  return null;
}

/** Every JS and CSS file the start page loads by itself, with raw and gzip -9 sizes. */
async function measureFirstLoad() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const pending = [];
    page.on('response', (response) => {
      const kind = kindOf(response);
      if (!kind) return;
      pending.push(
        response.body().then((body) => ({
          url: response.url(),
          file: new URL(response.url()).pathname,
          kind,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        })),
      );
    });
    await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
    // Lets anything scheduled right after idle (an idle-time import, say) show up too.
    await page.waitForTimeout(SETTLE_MS);
    const files = dedupe(await Promise.all(pending));
    return { chromiumVersion: browser.version(), files };
  } finally {
    await browser.close();
  }
}

function dedupe(files) {
  return [...new Map(files.map((f) => [f.url, f])).values()].sort((a, b) => b.gzip - a.gzip);
}

function summarizeFirstLoad(files) {
  const sum = (kind) => files.filter((f) => !kind || f.kind === kind).reduce((s, f) => s + f.gzip, 0);
  const totals = { js: sum('js'), css: sum('css'), all: sum() };
  return { totals, ok: totals.all <= FIRST_LOAD_TARGET_BYTES };
}

function printFirstLoad(files, { totals, ok }) {
  printTable(
    ['file', 'raw bytes', 'gzip bytes'],
    files.map((f) => [f.file, f.raw, f.gzip]),
  );
  console.log('');
  console.log(`JS        ${pad(totals.js, 8)} B gzip  (${kB(totals.js)})`);
  console.log(`CSS       ${pad(totals.css, 8)} B gzip  (${kB(totals.css)})`);
  console.log(`JS + CSS  ${pad(totals.all, 8)} B gzip  (${kB(totals.all)})`);
  console.log(
    `Target: first load ≤ ${kB(FIRST_LOAD_TARGET_BYTES)} gzip (1 kB = 1000 bytes) → ${ok ? 'OK' : 'OVER'}` +
      ` (${kB(Math.abs(FIRST_LOAD_TARGET_BYTES - totals.all))} ${ok ? 'to spare' : 'over'})`,
  );
}

/** The built JS and CSS files the start page did not load: what code splitting kept out of the first load. */
async function findLazyChunks(distDir, loadedFiles) {
  const assetsDir = path.join(distDir, 'assets');
  const loaded = new Set(loadedFiles.map((f) => path.basename(f.file)));
  const names = (await readdir(assetsDir)).filter((n) => /\.(js|css)$/.test(n) && !loaded.has(n));
  const chunks = await Promise.all(
    names.map(async (name) => {
      const body = await readFile(path.join(assetsDir, name));
      return { file: name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
  return chunks.sort((a, b) => b.gzip - a.gzip);
}

function printLazyChunks(chunks) {
  console.log('\nNot loaded by / (lazy chunks in dist/assets):');
  if (chunks.length === 0) {
    console.log('  (none: every built JS/CSS file is part of the first load)');
    return;
  }
  printTable(
    ['file', 'raw bytes', 'gzip bytes'],
    chunks.map((c) => [c.file, c.raw, c.gzip]),
  );
}

// --- Lighthouse -------------------------------------------------------------------------------------------------

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
};

/** One Lighthouse run in a fresh Chromium (fresh profile, empty cache). */
async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const score = lhr.categories.performance.score;
    if (score === null) throw new Error(`Lighthouse gave no performance score for ${url}`);
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([key, id]) => [key, roundMetric(key, lhr.audits[id]?.numericValue ?? Number.NaN)]),
    );
    return {
      score: Math.round(score * 100),
      metrics,
      warnings: lhr.runWarnings,
      offHostRequests: offHostRequests(lhr, url),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

/** Whole milliseconds; CLS (unitless) to 3 decimals. */
function roundMetric(key, value) {
  return key === 'cls' ? Number(value.toFixed(3)) : Math.round(value);
}

/** Requests that left the local server: there should be none, the bench must run offline. */
function offHostRequests(lhr, url) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const host = new URL(url).host;
  return items.map((item) => item.url).filter((u) => /^https?:/.test(u) && new URL(u).host !== host);
}

/** The run with the median score (ties broken by LCP), so its metrics belong to one real run. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.score - b.score || a.metrics.lcp - b.metrics.lcp);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measureLighthouse(preview, pagePath) {
  const url = `${BASE_URL}${pagePath}`;
  const runs = [];
  for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
    const run = await withRetry(preview, `Lighthouse run ${i}`, () => runLighthouse(url));
    console.log(
      `  ${pagePath} run ${i}/${LIGHTHOUSE_RUNS}: score ${run.score}, LCP ${ms(run.metrics.lcp)}, TBT ${ms(run.metrics.tbt)}`,
    );
    for (const warning of run.warnings) console.log(`    Lighthouse warning: ${warning}`);
    for (const request of run.offHostRequests) console.log(`    WARNING: request left the local server: ${request}`);
    runs.push(run);
  }
  const median = medianRun(runs);
  return {
    page: pagePath,
    score: median.score,
    metrics: median.metrics,
    ok: median.score >= PERFORMANCE_TARGET,
    scores: runs.map((r) => r.score),
    benchmarkIndex: median.benchmarkIndex,
    runs: runs.map(({ score, metrics }) => ({ score, metrics })),
  };
}

function printLighthouse(results) {
  console.log(`\nMedian of ${LIGHTHOUSE_RUNS} runs per page (by score), to damp the noise of a 2-core machine:`);
  printTable(
    ['page', 'score', 'all runs', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index', `≥ ${PERFORMANCE_TARGET}`],
    results.map((r) => [
      r.page,
      r.score,
      r.scores.join(' / '),
      ms(r.metrics.fcp),
      ms(r.metrics.lcp),
      ms(r.metrics.tbt),
      r.metrics.cls.toFixed(3),
      ms(r.metrics.speedIndex),
      r.ok ? 'OK' : 'BELOW',
    ]),
  );
}

// --- report -----------------------------------------------------------------------------------------------------

function markdownSummary(report) {
  const { firstLoad, lighthouse: pages } = report;
  const status = (ok, bad) => (ok ? 'OK' : bad);
  const lines = [
    `Measured ${report.date.slice(0, 10)} with \`npm run bench\` (Chromium ${report.chromiumVersion}, Lighthouse ${report.lighthouseVersion}; ` +
      `CPU ${report.machine.busyPercent}% busy with other work before Lighthouse${report.machine.busyPercent > 20 ? ', so scores are noisy' : ''}).`,
    '',
    '| Measure | Result | Target | Status |',
    '| --- | ---: | ---: | --- |',
    `| First load of \`/\`, JS + CSS (gzip -9; 1 kB = 1000 B) | ${kB(firstLoad.totals.all)} (JS ${kB(firstLoad.totals.js)}, CSS ${kB(firstLoad.totals.css)}) | ≤ 100 kB | ${status(firstLoad.ok, 'OVER')} |`,
    ...pages.map(
      (p) =>
        `| Lighthouse performance, \`${p.page}\` (mobile, median of ${LIGHTHOUSE_RUNS}) | ${p.score} | ≥ ${PERFORMANCE_TARGET} | ${status(p.ok, 'BELOW')} |`,
    ),
    '',
    '| Page | Score | FCP | LCP | TBT | CLS | Speed Index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...pages.map(
      (p) =>
        `| \`${p.page}\` | ${p.score} | ${ms(p.metrics.fcp)} | ${ms(p.metrics.lcp)} | ${ms(p.metrics.tbt)} | ${p.metrics.cls.toFixed(3)} | ${ms(p.metrics.speedIndex)} |`,
    ),
  ];
  return lines.join('\n');
}

async function lighthouseVersion() {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8'));
  return pkg.version;
}

async function writeResults(report) {
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(ROOT, RESULTS_FILE)}`);
}

// --- main -------------------------------------------------------------------------------------------------------

/**
 * How busy the CPUs are with other work just before Lighthouse (sampled over a second, while this script idles):
 * concurrent tests or builds on this 2-core machine lower the scores, TBT above all.
 */
async function machineLoad() {
  const totals = () =>
    os.cpus().reduce(
      (t, { times }) => ({
        idle: t.idle + times.idle,
        all: t.all + times.user + times.nice + times.sys + times.idle + times.irq,
      }),
      { idle: 0, all: 0 },
    );
  const before = totals();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = totals();
  const busyPercent = Math.round(100 * (1 - (after.idle - before.idle) / (after.all - before.all)));
  const cores = os.availableParallelism();
  console.log(`CPU busy with other work just before Lighthouse: ${busyPercent}% of ${cores} cores.`);
  if (busyPercent > 20) console.log('  Other work is running: expect lower, noisier scores (TBT especially).');
  return { busyPercent, cores, loadAverage1m: Number((os.loadavg()[0] ?? 0).toFixed(2)) };
}

async function main() {
  const started = Date.now();
  build();
  const distDir = await snapshotDist();

  heading(`Serve dist/ (a private copy, vite preview on ${BASE_URL})`);
  let preview = null;
  const cleanUp = () => {
    preview?.stop();
    rmSync(distDir, { recursive: true, force: true });
  };
  // detached: the preview is not in our process group, so Ctrl-C would not reach it; stop it ourselves.
  const onSignal = (signal) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    preview = await startPreview(distDir);
    console.log('Serving.');

    heading('First-load weight: / in headless Chromium, no interaction');
    const { chromiumVersion, files } = await withRetry(preview, 'First-load measurement', measureFirstLoad);
    const firstLoad = summarizeFirstLoad(files);
    printFirstLoad(files, firstLoad);
    const lazyChunks = await findLazyChunks(distDir, files);
    printLazyChunks(lazyChunks);

    heading(`Lighthouse ${await lighthouseVersion()}: performance, mobile emulation, simulated throttling`);
    const machine = await machineLoad();
    const pages = [];
    for (const pagePath of LIGHTHOUSE_PAGES) pages.push(await measureLighthouse(preview, pagePath));
    printLighthouse(pages);

    const report = {
      date: new Date().toISOString(),
      chromiumVersion,
      lighthouseVersion: await lighthouseVersion(),
      nodeVersion: process.version,
      machine,
      firstLoad: {
        target: { maxGzipBytes: FIRST_LOAD_TARGET_BYTES, unit: '1 kB = 1000 bytes, gzip level 9' },
        ...firstLoad,
        files: files.map(({ file, kind, raw, gzip }) => ({ file, kind, raw, gzip })),
        lazyChunks,
      },
      lighthouse: pages,
      lighthouseSettings: { formFactor: 'mobile', throttling: 'simulate (default)', runsPerPage: LIGHTHOUSE_RUNS },
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    report.markdown = markdownSummary(report);
    await writeResults(report);

    heading('Summary (Markdown, for the README)');
    console.log(report.markdown);
    console.log(`\nDone in ${report.durationSeconds} s.`);
  } finally {
    cleanUp();
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exitCode = 1;
}
