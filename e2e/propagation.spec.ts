import { entryStep } from './support/content';
import { expect, expectStep, test } from './support/test';
import { answer, begin } from './support/wizard';

const NOW = new Date('2026-11-28T10:00:00');

test('the countdown runs from the time of the change, survives a reload and says when to retry', async ({ page }) => {
  await page.clock.install({ time: NOW.getTime() - 60_000 });
  await page.clock.pauseAt(NOW);
  await begin(page, {
    changed: 'Yes',
    changedAt: '2026-11-28T09:40',
    changeKind: 'A Microsoft Entra setting: Security Defaults, a user, an app registration or secret',
  });
  // A recent change puts propagation first.
  await expectStep(page, entryStep('propagation-delay'));
  await answer(page, 'yes');
  await expectStep(page, 'propagation-delay/fix-wait');

  const countdown = page.getByTestId('propagation-countdown');
  await expect(countdown).toHaveAttribute('data-ready', 'false');
  await expect(countdown.getByRole('timer')).toHaveText('40 min 00 s');
  await expect(countdown).toContainText('can take up to 1 hour');

  await page.clock.fastForward('05:00');
  await expect(countdown.getByRole('timer')).toHaveText('35 min 00 s');

  await page.reload();
  await expect(page.getByTestId('propagation-countdown').getByRole('timer')).toHaveText('35 min 00 s');

  await page.clock.fastForward('36:00');
  await expect(page.getByTestId('propagation-countdown')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByText('The wait is over: retry now')).toBeVisible();
});

test('without a time of change, the countdown asks for it and starts from the answer', async ({ page }) => {
  await page.clock.install({ time: NOW.getTime() - 60_000 });
  await page.clock.pauseAt(NOW);
  await page.goto('/causes/propagation-delay');
  await answer(page, 'yes');
  const form = page.getByTestId('change-time-form');
  await expect(form).toBeVisible();
  await form.getByLabel('Changed at (your local time)').fill('2026-11-28T09:00');
  await form.getByLabel('What was changed?').selectOption({ label: 'A Conditional Access policy or named location' });
  await form.getByRole('button', { name: 'Start the countdown' }).click();
  const countdown = page.getByTestId('propagation-countdown');
  await expect(countdown.getByRole('timer')).toHaveText('23 h 00 min');
  await expect(countdown).toContainText('can take up to 24 hours');

  // The time is part of the address now: a reload keeps it.
  await page.reload();
  await expect(page.getByTestId('propagation-countdown').getByRole('timer')).toHaveText('23 h 00 min');

  // A mistyped time can be corrected, and a time in the future is refused.
  await page.getByRole('button', { name: 'Change the time or kind of change' }).click();
  await page.getByLabel('Changed at (your local time)').fill('2026-11-29T09:00');
  await page.getByRole('button', { name: 'Start the countdown' }).click();
  await expect(page.getByText('Enter a date and time that has already passed.')).toBeVisible();
});
