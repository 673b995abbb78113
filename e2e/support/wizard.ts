import type { Page } from '@playwright/test';
import { expect } from './test';

export interface StartAnswers {
  error?: string;
  worked?: 'Yes, it worked before' | "No, it's a new setup" | 'Not sure';
  changed?: 'Yes' | 'No' | 'Not sure';
  changedAt?: string; // datetime-local value
  changeKind?: string; // option label
  account?: string;
  appId?: string;
}

/** Fills the start step the way a user would and submits it. */
export async function begin(page: Page, answers: StartAnswers = {}) {
  await page.goto('/');
  if (answers.error) await page.getByLabel('What error do you see?').fill(answers.error);
  if (answers.worked) await page.getByRole('radio', { name: answers.worked }).check();
  if (answers.changed) {
    await page
      .getByRole('group', { name: /change a setting/ })
      .getByRole('radio', { name: answers.changed, exact: true })
      .check();
  }
  if (answers.changedAt) await page.getByLabel('When was it changed?').fill(answers.changedAt);
  if (answers.changeKind) await page.getByLabel('What was changed?').selectOption({ label: answers.changeKind });
  if (answers.account) await page.getByLabel('Service account email').fill(answers.account);
  if (answers.appId) await page.getByLabel('Application (client) ID').fill(answers.appId);
  await page.getByRole('button', { name: /^(Find the cause|Start with)/ }).click();
}

/** Clicks an answer on the step on screen, by its content id. */
export async function answer(page: Page, answerId: string) {
  await page.locator(`main [data-answer-id="${answerId}"]`).click();
}

/** The status a cause shows in the cause list. */
export function causeInList(page: Page, causeId: string) {
  return page.locator(`nav [data-cause-id="${causeId}"]`);
}

export async function expectStatus(page: Page, causeId: string, status: string) {
  await expect(causeInList(page, causeId)).toHaveAttribute('data-status', status);
}
