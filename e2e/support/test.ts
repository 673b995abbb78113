/**
 * The `test` every spec uses: fails any test whose page logs a console error or warning or throws,
 * because a user would hit the same problem silently.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors or warnings on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The step on screen, by its DESIGN §8 marker. */
export function currentStep(page: Page) {
  return page.locator('main [data-step-id]').first();
}

export async function expectStep(page: Page, stepId: string) {
  await expect(currentStep(page)).toHaveAttribute('data-step-id', stepId);
}

/**
 * For specs about the agent tools: opens them beside the wizard, as an agent who opened them once
 * would find them (they are folded away on a device that never opened them).
 */
export function withAgentToolsOpen() {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      if (localStorage.getItem('401-troubleshooter.agent-tools') === null) {
        localStorage.setItem('401-troubleshooter.agent-tools', '1');
      }
    });
  });
}
