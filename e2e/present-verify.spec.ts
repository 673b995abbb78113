/**
 * Screen-share mode on the tenant check (issue #5): every tenant detail of a sample tenant (its emails,
 * GUIDs, IP addresses, domains and secret hints, collected from its JSON) is hidden from the page's text,
 * every attribute and every field's value, on the board with its evidence open, on a cause page with the
 * automatic verdict's note and on a step whose screenshot has callouts. With the mode off the same
 * details are on screen, so the scan can fail. And the board in screen-share mode passes axe.
 */
import type { Page } from '@playwright/test';
import { createDemoAuth } from '../src/auth/demo-auth';
import type { Scenario } from '../src/demo/scenario';
import type { CauseId } from '../src/engine/cause-ids';
import { content, labelsToFirstFix } from './support/content';
import { currentStep, expect, expectStep, test } from './support/test';
import { board, boardRow, expectBoard, expectNoAxeViolations, runCheck, SCENARIOS, scenario } from './support/verify';
import { answer } from './support/wizard';

/** Names redactText keeps readable: Microsoft's own and the documentation domains. */
const KEPT_DOMAINS =
  /^(?:microsoft\.com|graph\.microsoft\.com|learn\.microsoft\.com|entra\.microsoft\.com|admin\.microsoft\.com|login\.microsoftonline\.com|aka\.ms|example\.com)$/i;

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g;
const IPV6 = /^([0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})(?:\/\d{1,3})?$/i;
const DOMAIN = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi;

/**
 * The content's own example addresses ("such as backup@contoso.com" on the credentials check): written by
 * the support editors, the same for every tenant, so not a tenant detail. Only these exact addresses are
 * left out of the scan, never a longer one that contains them (svc-backup@contoso.com still counts).
 */
const CONTENT_EXAMPLES = [...new Set(JSON.stringify(content.causes).match(EMAIL) ?? [])].map(
  (email) => new RegExp(`(?<![\\w.%+'-])${email.replace(/[.+]/g, '\\$&')}(?![\\w-]|\\.\\w)`, 'gi'),
);

interface Details {
  /** Plain values that must not appear anywhere: emails, GUIDs, IPs, domains. */
  values: string[];
  /** Secret hints (three characters): must not appear quoted in the text or as a field's value. */
  hints: string[];
}

/** Every string of a JSON value, with the key it sits under; `@odata` metadata (type names, context URLs) left out. */
function strings(value: unknown, key = ''): [string, string][] {
  if (key.startsWith('@odata')) return [];
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** The tenant details of a sample tenant, as the page could show them. */
function tenantDetails(sample: Scenario): Details {
  const values = new Set<string>();
  const hints = new Set<string>();
  for (const [key, text] of strings({ inputs: sample.inputs, responses: sample.responses, whatIf: sample.whatIf })) {
    for (const m of text.match(EMAIL) ?? []) values.add(m.toLowerCase());
    for (const m of text.match(GUID) ?? []) values.add(m.toLowerCase());
    for (const m of text.match(IPV4) ?? []) values.add(m);
    const v6 = IPV6.exec(text)?.[1];
    if (v6) values.add(v6.replace(/::.*$/, '').toLowerCase()); // shown as "2001:db8:4a1c:10::", compressed or not
    for (const m of text.replace(EMAIL, (e) => e.split('@')[1] ?? '').match(DOMAIN) ?? []) {
      if (!KEPT_DOMAINS.test(m)) values.add(m.toLowerCase());
    }
    if (/^(hint|appPasswordPrefix|secretPrefix)$/.test(key) && text.length === 3) hints.add(text);
  }
  return { values: [...values], hints: [...hints] };
}

/** The demo's signed-in administrator: on screen too while a sample tenant is connected. */
async function demoAdmin(): Promise<string> {
  return (await createDemoAuth().signIn()).username;
}

/**
 * Everything the page could show or hand over: its text (rendered and hidden, so closed parts count
 * too), every attribute of every element, and the live values of its fields.
 */
async function pageTexts(page: Page): Promise<{ where: string; text: string }[]> {
  return page.evaluate(() => {
    const out: { where: string; text: string }[] = [
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what the customer sees
      { where: 'innerText', text: document.body.innerText },
      { where: 'textContent', text: document.body.textContent ?? '' },
      { where: 'title', text: document.title },
    ];
    for (const el of document.querySelectorAll('*')) {
      const name = el.tagName.toLowerCase();
      if (name === 'script' || name === 'style') continue;
      for (const attr of el.attributes) out.push({ where: `${name}[${attr.name}]`, text: attr.value });
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
        out.push({ where: `${name}.value`, text: el.value });
      }
    }
    return out;
  });
}

/** The tenant details found on the page, as "detail in where". */
async function detailsOnPage(page: Page, details: Details): Promise<string[]> {
  const found = new Set<string>();
  for (const { where, text: raw } of await pageTexts(page)) {
    const text = CONTENT_EXAMPLES.reduce((t, example) => t.replace(example, '[content example]'), raw);
    const lower = text.toLowerCase();
    for (const value of details.values) if (lower.includes(value)) found.add(`${value} in ${where}`);
    for (const hint of details.hints) {
      if (text.includes(`'${hint}'`) || text.includes(`"${hint}"`) || (where.endsWith('.value') && text === hint)) {
        found.add(`'${hint}' in ${where}`);
      }
    }
  }
  return [...found].sort();
}

/** Opens every disclosure on the page (the evidence, "Change what to check", the privacy panel). */
async function openAllDetails(page: Page) {
  await page.locator('main details').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
}

/** Connects the sample tenant and runs the check with the inputs it fills in itself. */
async function checkSample(page: Page, sample: Scenario) {
  const picker = page.getByLabel('Sample tenant');
  if (!(await picker.isVisible())) await page.getByRole('button', { name: 'Try it with a sample tenant' }).click();
  await picker.selectOption(sample.id);
  await expect(page.getByRole('form', { name: 'What to check' })).toBeVisible();
  await runCheck(page);
  await expectBoard(page, sample.expected);
  await openAllDetails(page);
}

async function openVerifyPresenting(page: Page) {
  await page.goto(`/verify?present=1&from=${encodeURIComponent('/')}`);
  await expect(page.getByTestId('details-hidden')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
}

/** From the board to a cause's page, where the automatic verdict's note shows the evidence. */
async function openCause(page: Page, causeId: CauseId) {
  await boardRow(page, causeId).getByRole('link').click();
  await expect(page.getByTestId('auto-verdict')).toBeVisible();
  await expect(page.getByTestId('auto-verdict').locator('li[data-finding-status]').first()).toBeVisible();
}

/** On to the cause's first fix, which shows a screenshot with callouts; enlarges it too. */
async function openFixWithScreenshot(page: Page, causeId: CauseId) {
  for (const step of labelsToFirstFix(causeId)) {
    await expectStep(page, `${causeId}/${step.nodeId}`);
    await answer(page, step.answerId);
  }
  await expect(currentStep(page)).toHaveAttribute('data-step-id', /\//);
  await openAllDetails(page);
  const figure = page.locator('main figure[data-screenshot]').filter({ has: page.locator('[data-callout]') });
  await expect(figure.first()).toBeVisible();
  await figure.first().getByRole('button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

const SEVERAL = scenario('several-problems');

test.describe('screen-share mode', () => {
  test.slow(); // eleven sample tenants, each scanned whole

  test('no sample tenant’s details appear on the board, in the evidence, the form or any attribute', async ({
    page,
  }) => {
    const admin = await demoAdmin();
    await openVerifyPresenting(page);
    for (const sample of SCENARIOS) {
      await checkSample(page, sample);
      const details = tenantDetails(sample);
      details.values.push(admin);
      expect(await detailsOnPage(page, details), sample.id).toEqual([]);
    }
    // The form still holds the values: masked and read-only, and the check ran with them (the board above).
    const form = page.getByRole('form', { name: 'What to check' });
    const account = form.getByLabel('Service account email');
    await expect(account).toHaveValue('••••••••');
    await expect(account).toHaveAttribute('readonly', '');
    await expect(form.getByLabel('Application (client) ID')).toHaveValue('••••••••');
    await expect(form.getByLabel('Application Secret: first 3 characters')).toHaveValue('•••');
    await expect(form.getByLabel("The backup provider's IP addresses")).toHaveValue('••••••••');
  });

  test('nor on the cause page’s automatic verdict, nor on a step with a screenshot and its callouts', async ({
    page,
  }) => {
    const details = tenantDetails(SEVERAL);
    details.values.push(await demoAdmin());
    await openVerifyPresenting(page);
    await checkSample(page, SEVERAL);

    await openCause(page, 'credentials');
    await expect(page.getByTestId('details-hidden')).toBeVisible();
    expect(await detailsOnPage(page, details), 'credentials: the automatic verdict').toEqual([]);

    // Conditional Access's first fix shows a named location with an address range on its screenshot.
    await page.goBack();
    await expect(board(page)).toBeVisible();
    await openCause(page, 'conditional-access');
    await openFixWithScreenshot(page, 'conditional-access');
    expect(await detailsOnPage(page, details), 'conditional-access: the fix and its screenshot').toEqual([]);
  });

  test('the board with its evidence open and the form pass axe', async ({ page }) => {
    await openVerifyPresenting(page);
    await checkSample(page, SEVERAL);
    await expectNoAxeViolations(page);
  });
});

test.describe('with screen-share mode off, the same scan finds the details', () => {
  test.slow(); // a whole run of the check and a walk through the wizard
  test('on the board and in the form', async ({ page }) => {
    const details = tenantDetails(SEVERAL);
    await page.goto(`/verify?from=${encodeURIComponent('/')}`);
    await checkSample(page, SEVERAL);
    const found = await detailsOnPage(page, details);
    for (const value of [
      SEVERAL.inputs.account ?? '',
      SEVERAL.inputs.appId ?? '',
      '203.0.113.10',
      'contoso.com',
      '2001:db8:4a1c:10',
    ]) {
      expect(
        found.some((f) => f.startsWith(`${value} in innerText`)),
        value,
      ).toBe(true);
    }
    expect(found).toContain(`${SEVERAL.inputs.account} in input.value`);
    expect(found).toContain(`'${SEVERAL.inputs.secretPrefix}' in input.value`);
  });

  test('on the cause page and the screenshot step', async ({ page }) => {
    const details = tenantDetails(SEVERAL);
    await page.goto(`/verify?from=${encodeURIComponent('/')}`);
    await checkSample(page, SEVERAL);
    await openCause(page, 'credentials');
    expect(await detailsOnPage(page, details)).toContain(`${SEVERAL.inputs.appId} in innerText`);
    await page.goBack();
    await openCause(page, 'conditional-access');
    await openFixWithScreenshot(page, 'conditional-access');
    expect(await detailsOnPage(page, details)).toEqual(expect.arrayContaining(['203.0.113.0 in img[alt]']));
  });
});
