/** Helpers for the screen-share mode and keyboard shortcut specs (issue #5). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test';

/** The localStorage key the mode is remembered under (src/session/device-storage.ts adds the prefix). */
export const PRESENT_KEY = '401-troubleshooter.present';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Zero axe violations on what is rendered now (the caller makes sure the screen is there). */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/**
 * Which of `needles` anyone could read off the page, case-insensitively: the tab title, the rendered
 * text, every element's text content (hidden or not), every attribute value (also URL-decoded, so a
 * mailto body or a link counts) and the value of every field. Text matching `ignore` (the app's own
 * examples, say) is taken out first.
 */
export function exposedValues(page: Page, needles: readonly string[], ignore?: RegExp): Promise<string[]> {
  return page.evaluate(
    ([list, skip]) => {
      // The text as laid out on screen, and all the text there is, laid out or not.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the viewers see
      const texts: string[] = [document.title, document.body.innerText, document.body.textContent ?? ''];
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          texts.push(attr.value);
          try {
            texts.push(decodeURIComponent(attr.value));
          } catch {
            // Not URL-encoded: the raw value is already in.
          }
        }
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
          texts.push(el.value);
        }
      }
      let haystack = texts.join('\n').toLowerCase();
      if (skip) haystack = haystack.replace(new RegExp(skip.source, 'gi'), '');
      return list.filter((needle) => haystack.includes(needle.toLowerCase()));
    },
    [needles, ignore ? { source: ignore.source } : null] as const,
  );
}

/** Whether screen-share mode is on, as the page shows it. */
export async function expectPresent(page: Page, on: boolean) {
  if (on) {
    await expect(page.locator('html')).toHaveAttribute('data-present', '');
    await expect(page.getByTestId('details-hidden')).toHaveText('Screen-share mode · details hidden');
    await expect(page.getByRole('button', { name: 'Turn off', pressed: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Screen-share mode' })).toHaveCount(0);
  } else {
    await expect(page.locator('html')).not.toHaveAttribute('data-present');
    await expect(page.getByTestId('details-hidden')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Screen-share mode', pressed: false })).toBeVisible();
  }
}

/** Turns screen-share mode off the way a user must: Turn off, then confirm with Show details. */
export async function turnPresentOff(page: Page) {
  await page.getByRole('button', { name: 'Turn off' }).click();
  await page.getByRole('button', { name: 'Show details' }).click();
  await expectPresent(page, false);
}

export async function turnPresentOn(page: Page) {
  await page.getByRole('button', { name: 'Screen-share mode' }).click();
  await expectPresent(page, true);
}
