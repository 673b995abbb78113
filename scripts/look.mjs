// Screenshots of pages of a running preview (npm run preview), narrow and wide, light and dark:
// `npm run look -- /causes/credentials …`; BASE_URL, OUT and FULL=1 (full page) change the defaults.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const out = process.env.OUT ?? '/tmp/look';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const paths = process.argv.slice(2);
for (const [name, width, height] of [
  ['narrow', 360, 780],
  ['wide', 1280, 860],
]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}]`, m.text());
    });
    for (const [i, p] of paths.entries()) {
      await page.goto(base + p);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(150);
      const file = `${out}/${i}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
