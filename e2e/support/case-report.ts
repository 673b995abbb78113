/**
 * Helpers for the case report and agent window specs (issue #5): a start scenario full of tenant
 * details, the wizard's `s` parameter decoded, downloads read back, a console guard for extra pages
 * and an axe scan for pages without a wizard step (the /agent window).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { CauseId } from '../../src/engine/cause-ids';
import { plainText } from '../../src/engine/rich-text';
import { fillTemplate } from '../../src/engine/template';
import { cause } from './content';
import { currentStep, expect } from './test';
import type { StartAnswers } from './wizard';

/** Tenant details the report must show, and hide when asked. */
export const DETAILS = {
  email: 'svc-m365backup@northwind-traders.org',
  appId: '3f2b8c1d-5e6a-4b7c-9d8e-0a1b2c3d4e5f',
  ip: '198.51.100.23',
  domain: 'mail.tailspin-toys.net',
} as const;

/** AADSTS53003 (Conditional Access) with an IP address and a domain in it. */
export const ERROR_TEXT = `AADSTS53003: Access has been blocked by Conditional Access policies. Client IP ${DETAILS.ip}, host ${DETAILS.domain}.`;

export const SCENARIO: StartAnswers = {
  error: ERROR_TEXT,
  worked: 'Yes, it worked before',
  account: DETAILS.email,
  appId: DETAILS.appId,
};

/** The placeholder values of the scenario (productName from dist/config.json). */
const VALUES = { productName: 'Hive', account: DETAILS.email, appId: DETAILS.appId };

/** A content text as the report and the agent window write it: placeholders filled, markup removed. */
export const say = (text: string) => plainText(fillTemplate(text, VALUES));

export function nodeOf(causeId: CauseId, nodeId: string) {
  const node = cause(causeId).nodes.find((n) => n.id === nodeId);
  if (!node) throw new Error(`no step ${causeId}/${nodeId}`);
  return node;
}

/** What the agent window says the customer sees on a cause step: "<cause>: <step title>". */
export function stepTitle(causeId: CauseId, nodeId: string): string {
  return `${say(cause(causeId).shortTitle)}: ${say(nodeOf(causeId, nodeId).title)}`;
}

/** The scenario's tenant details, as found in a text (case-insensitive), for "nothing leaked" checks. */
export function detailsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return [...Object.values(DETAILS), 'northwind', 'tailspin'].filter((d) => lower.includes(d.toLowerCase()));
}

/** The step on screen as [causeId, nodeId] (for a cause step). */
export async function stepParts(page: Page): Promise<[CauseId, string]> {
  const id = (await currentStep(page).getAttribute('data-step-id')) ?? '';
  const [causeId, nodeId] = id.split('/');
  return [causeId as CauseId, nodeId ?? ''];
}

/**
 * Waits until the step on screen is no longer `previous`, and returns it. The first step after the start
 * loads the wizard's chunk, which can take a while on a busy machine.
 */
export async function nextStep(page: Page, previous: string): Promise<string> {
  await expect(currentStep(page)).toHaveAttribute('data-step-id', /./, { timeout: 15_000 });
  await expect(currentStep(page)).not.toHaveAttribute('data-step-id', previous, { timeout: 15_000 });
  return (await currentStep(page).getAttribute('data-step-id')) ?? '';
}

/** The wizard's URL state (`s`): base64url JSON `{ v, a, l }`. */
export interface UrlState {
  v: number;
  a: Record<string, unknown>;
  l: unknown[][];
}

export function decodeState(url: string): UrlState {
  const raw = new URL(url).searchParams.get('s');
  if (!raw) throw new Error(`no state in ${url}`);
  const base64 = raw.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as UrlState;
}

/** The localStorage key of the notes of the session a wizard URL belongs to. */
export function notesKey(url: string): string {
  const first = decodeState(url).l[0];
  if (!first) throw new Error(`no session yet in ${url}`);
  return `401-troubleshooter.notes.${String(first[1])}`;
}

/** Clicks a download button and returns the file's suggested name and text. */
export async function downloadOf(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The same guard as ./test's, for the other pages a test opens (the agent window, a fresh browser). */
export function guardConsole(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: uncaught: ${e.message}`));
}

/** Text on the clipboard of the page's browser context. */
export function clipboardOf(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA scan (as e2e/a11y.spec.ts), once `ready` is on screen: a scan of nothing would pass. */
export async function expectNoAxeViolationsOnceVisible(page: Page, ready: Locator) {
  await expect(ready).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
