/**
 * Helpers for the "Check my tenant automatically" specs (e2e/verify-*.spec.ts): the sample tenants as the
 * specs read them (straight from src/demo/scenarios, with fs), and the verify page driven the way a user would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { GRAPH_SCOPES } from '../../src/auth/auth-client';
import type { VerdictStatus } from '../../src/checks/types';
import type { Scenario } from '../../src/demo/scenario';
import { CAUSE_IDS, type CauseId } from '../../src/engine/cause-ids';
import type { GraphStandin } from './graph-standin';
import { expect } from './test';

export { GRAPH_SCOPES };

const SCENARIO_DIR = join(import.meta.dirname, '../../src/demo/scenarios');

/** Every sample tenant, one per JSON file, in file-name order. */
export const SCENARIOS: Scenario[] = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(SCENARIO_DIR, f), 'utf8')) as Scenario);

export function scenario(id: string): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`no sample tenant "${id}"`);
  return found;
}

/** The verify page, coming from a wizard address (the start page by default). */
export async function openVerify(page: Page, from = '/') {
  await page.goto(`/verify?from=${encodeURIComponent(from)}`);
  await expectVerifyPage(page);
}

/** The verify page is on screen (its <main> carries the step marker itself). */
export async function expectVerifyPage(page: Page) {
  await expect(page.locator('main[data-step-id="verify"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your tenant automatically' })).toBeVisible();
}

/** Clicks "Sign in with Microsoft" and completes the popup sign-in on the local OP. */
export async function signInWithMicrosoft(
  page: Page,
  signInWithPopup: (page: Page) => Promise<string>,
): Promise<string> {
  const signedIn = signInWithPopup(page);
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  const username = await signedIn;
  await expect(page.getByTestId('signed-in-as')).toContainText(username);
  return username;
}

const SETUP_LABEL = {
  mfa: 'MFA setup (App Password)',
  simple: 'Simple setup (password)',
  unknown: 'Not sure',
} as const;

/** Fills "What to check" with a sample tenant's inputs, the way a user types them. */
export async function fillInputs(page: Page, inputs: Scenario['inputs']) {
  const form = page.getByRole('form', { name: 'What to check' });
  await form.getByLabel('Service account email').fill(inputs.account ?? '');
  await form.getByLabel('Application (client) ID').fill(inputs.appId ?? '');
  if (inputs.providerIps) {
    await form.getByLabel("The backup provider's IP addresses").fill(inputs.providerIps.join('\n'));
  }
  await form.getByRole('radio', { name: SETUP_LABEL[inputs.setup] }).check();
  await form.getByLabel('App Password: first 3 characters').fill(inputs.appPasswordPrefix ?? '');
  await form.getByLabel('Application Secret: first 3 characters').fill(inputs.secretPrefix ?? '');
}

/** Submits the inputs form ("Check my tenant", or "Check again with these answers" after a run). */
export async function runCheck(page: Page) {
  await page
    .getByRole('form', { name: 'What to check' })
    .getByRole('button', { name: /^Check (my tenant|again with these answers)$/ })
    .click();
}

export function board(page: Page) {
  return page.getByTestId('verify-board');
}

export function boardRow(page: Page, causeId: CauseId) {
  return board(page).locator(`li[data-cause-id="${causeId}"]`);
}

/** Every cause's row on the board shows its expected verdict (and there are exactly seven rows). */
export async function expectBoard(page: Page, expected: Readonly<Record<CauseId, VerdictStatus>>) {
  await expect(board(page).locator('li[data-cause-id]')).toHaveCount(CAUSE_IDS.length);
  for (const id of CAUSE_IDS) {
    await expect(boardRow(page, id), `verdict of ${id}`).toHaveAttribute('data-verdict', expected[id]);
  }
}

/**
 * The requests Graph got: batch POSTs and anything sent outside a batch. A run without retries or split
 * batches is at most 3 POSTs: round 1's v1.0 and beta batches (in parallel), then round 2's What If batch.
 */
export function graphTraffic(graph: GraphStandin) {
  const batches = graph.requests.filter((r) => r.method === 'POST' && /^\/(v1\.0|beta)\/\$batch$/.test(r.url));
  return { batches: batches.length, direct: graph.requests.length - batches.length };
}

/** Every token Graph saw carried exactly the five read-only scopes. */
export function expectReadOnlyTokens(graph: GraphStandin) {
  expect(graph.tokens.length).toBeGreaterThan(0);
  for (const token of graph.tokens) {
    expect([...token.scopes].sort()).toEqual([...GRAPH_SCOPES].sort());
    expect(token.scopes.filter((s) => /Write|ReadWrite|\.Manage|FullControl/i.test(s))).toEqual([]);
  }
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA scan of what is on screen now (as e2e/a11y.spec.ts does). */
export async function expectNoAxeViolations(page: Page) {
  // Never scan a page that has not rendered its screen yet: that scan would pass on nothing.
  await expect(page.locator('[data-step-id]').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
