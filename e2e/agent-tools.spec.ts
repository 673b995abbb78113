/**
 * The agent tools beside the wizard are folded away until someone opens them (a partner troubleshooting
 * alone gets no support script), and stay open on that device once opened.
 */

import { entryStep } from './support/content';
import { expect, expectStep, test } from './support/test';
import { begin } from './support/wizard';

test('folded away at first, opened and remembered on the device, folded again with Hide; focus follows', async ({
  page,
  context,
}) => {
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
  await begin(page, { worked: 'Yes, it worked before' });
  await expectStep(page, entryStep('legacy-auth-retirement'));

  const show = page.getByRole('button', { name: 'Show agent tools' });
  await expect(show).toBeVisible();
  await expect(page.getByTestId('agent-panel')).toHaveCount(0);
  // Folded, the panel's code is not even fetched: a cause page paints without it.
  expect(chunks.some((p) => p.includes('/agent-tools-'))).toBe(false);

  await show.click();
  const panel = page.getByTestId('agent-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Agent tools' })).toBeFocused();
  await expect(panel.getByTestId('agent-script')).not.toBeEmpty();

  await page.reload();
  await expect(page.getByTestId('agent-panel')).toBeVisible();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('agent-panel')).toBeVisible();

  await page.getByTestId('agent-panel').getByRole('button', { name: 'Hide' }).click();
  await expect(page.getByRole('button', { name: 'Show agent tools' })).toBeFocused();
  await expect(page.getByTestId('agent-panel')).toHaveCount(0);
  await expect(other.getByTestId('agent-panel')).toHaveCount(0); // the same setting in every tab
  await other.close();
});
