/**
 * The `test` for specs that sign in for real: the repo's `test` (./test, with its console guard) plus the
 * local OpenID provider (op-server.mjs, started by playwright.config.ts) and the app config pointing at it.
 *
 *   import { expect, test } from './support/auth-fixtures';
 *   import { installGraphStandin } from './support/graph-standin';
 *
 *   test('signs in and checks the tenant', async ({ page, signInWithPopup }) => {
 *     const graph = await installGraphStandin(page, { scenario });
 *     await page.goto('/');
 *     const signedIn = signInWithPopup(page);          // before the click: it waits for the popup
 *     await page.getByRole('button', { name: 'Sign in' }).click();
 *     expect(await signedIn).toBe('alice@contoso.test');
 *   });
 *
 * Fixtures:
 * - `testConfig` (option): the /config.json every page of the test gets; `test.use({ testConfig })` changes it.
 * - `op` (automatic): the OP's coordinates and its test controls. Its state (an injected authorization error,
 *   the access-token lifetime) is this test's own: every browser request to the OP carries the test's id.
 * - `signInWithPopup(page, { login })`: call before the click that opens the popup; fills the OP's login form
 *   and resolves with the signed-in username once MSAL has closed the popup.
 * - `signInWithRedirect(page, { login })`: call after the click; fills the form on the main page and resolves
 *   once the app has its page back.
 */
import type { Page } from '@playwright/test';
import type { AppConfig } from '../../src/app/config/parse-config';
import { CLIENT_ID, ISSUER, JWKS_URI, OP_ORIGIN, OP_PORT, TENANT_ID } from './graph-standin';
import { test as base, expect } from './test';

export { expect };

/** The app's runtime config for these tests: real sign-in against the local OP, demo still available. */
export const TEST_CONFIG: AppConfig = {
  productName: 'Hive',
  support: { email: 'support@example.com', url: 'https://example.com/support' },
  providerIpRanges: ['203.0.113.0/24'],
  auth: {
    clientId: CLIENT_ID,
    authority: ISSUER,
    knownAuthorities: [`127.0.0.1:${OP_PORT}`], // else MSAL asks login.microsoftonline.com to discover it
    redirectPath: '/redirect.html',
  },
  graph: { baseUrl: 'https://graph.microsoft.com' },
  demo: { enabled: true },
};

/** What Entra sends back instead of a code; the fields go to the redirect URI as they are. */
export interface AuthorizeError {
  error: 'consent_required' | 'access_denied' | 'interaction_required' | 'login_required' | 'invalid_scope';
  error_description: string;
  [extra: string]: string;
}

/** Entra's answers for the sign-in failures the app explains. */
export const AUTHORIZE_ERRORS = {
  /** No admin has consented to the app's Graph scopes in this tenant. */
  consentRequired: {
    error: 'consent_required',
    error_description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${CLIENT_ID}' named '401 Troubleshooter'. Send an interactive authorization request for this user and resource.`,
  },
  /** The user said no on the consent screen. */
  userDeclined: {
    error: 'access_denied',
    error_description: 'AADSTS65004: User declined to consent to access the app.',
  },
} as const satisfies Record<string, AuthorizeError>;

export interface OpHelpers {
  origin: string;
  issuer: string;
  jwksUri: string;
  tenantId: string;
  clientId: string;
  /** Sent as x-e2e-test-id with every request to the OP; keys this test's OP state. */
  testId: string;
  /** Back to defaults (done before and after every test). */
  reset(): Promise<void>;
  /** The next authorization request goes straight back to the app with this error. */
  nextAuthorizeError(error: AuthorizeError): Promise<void>;
  /** Lifetime of the access tokens issued from now on (default 3600 s). */
  accessTokenTtl(seconds: number): Promise<void>;
}

export interface SignInOptions {
  /** Signs in as `<login>@contoso.test` (or as `login` if it has an @). Default "alice". */
  login?: string;
}

type SignIn = (page: Page, options?: SignInOptions) => Promise<string>;

const TEST_ID_HEADER = 'x-e2e-test-id';
const LOGIN_INPUT = 'input[name="login"]';
const OP_ERROR = 'oops! something went wrong'; // oidc-provider's error page heading

export const test = base.extend<{
  testConfig: AppConfig;
  serveTestConfig: undefined;
  op: OpHelpers;
  signInWithPopup: SignIn;
  signInWithRedirect: SignIn;
}>({
  testConfig: [TEST_CONFIG, { option: true }],

  serveTestConfig: [
    async ({ context, testConfig }, use) => {
      // On the context, so pages the app opens get the same config as the first one.
      await context.route('**/config.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(testConfig) }),
      );
      await use(undefined);
    },
    { auto: true },
  ],

  op: [
    async ({ context, playwright }, use, testInfo) => {
      const testId = `${testInfo.testId}-${testInfo.retry}-${testInfo.repeatEachIndex}-${Date.now()}`;
      // Tag every browser request to the OP (popups included) with this test's id. The header is added after
      // the browser's CORS checks, so it needs no preflight.
      await context.route(`${OP_ORIGIN}/**`, (route) =>
        route.continue({ headers: { ...route.request().headers(), [TEST_ID_HEADER]: testId } }),
      );
      // The OP's pages @import a Google font; answering with empty CSS (not aborting) keeps the console clean.
      await context.route('https://fonts.googleapis.com/**', (route) =>
        route.fulfill({ contentType: 'text/css', body: '' }),
      );

      const api = await playwright.request.newContext({
        baseURL: OP_ORIGIN,
        ignoreHTTPSErrors: true, // the OP's certificate is self-signed
        extraHTTPHeaders: { [TEST_ID_HEADER]: testId },
      });
      const post = async (path: string, data: unknown = {}) => {
        const response = await api.post(path, { data });
        if (!response.ok()) throw new Error(`OP ${path}: HTTP ${response.status()} ${await response.text()}`);
      };
      const helpers: OpHelpers = {
        origin: OP_ORIGIN,
        issuer: ISSUER,
        jwksUri: JWKS_URI,
        tenantId: TENANT_ID,
        clientId: CLIENT_ID,
        testId,
        reset: () => post('/__test/reset'),
        nextAuthorizeError: (error) => post('/__test/next-authorize-error', error),
        accessTokenTtl: (seconds) => post('/__test/access-token-ttl', { seconds }),
      };
      await helpers.reset();
      await use(helpers);
      await helpers.reset(); // frees this test's state on the OP
      await api.dispose();
    },
    { auto: true },
  ],

  signInWithPopup: async ({ op: _op }, use) => {
    await use(async (page, options = {}) => {
      const popup = await page.waitForEvent('popup');
      // MSAL closes the popup the moment the redirect bridge answers: listen before submitting.
      const closed = popup.waitForEvent('close');
      // No form when the OP answers at once: an existing session, or an injected authorization error.
      const shown = await Promise.race([closed.then(() => false), formOrError(popup).then(() => true)]);
      if (shown) {
        await fillLoginForm(popup, options).catch((e) => {
          if (!popup.isClosed()) throw e; // closing right after the click is success, not failure
        });
        await closed;
      }
      return username(options);
    });
  },

  // Expects the login form: a second sign-in in the same test reuses the OP session and never shows it.
  signInWithRedirect: async ({ baseURL, testConfig }, use) => {
    await use(async (page, options = {}) => {
      const app = new URL(baseURL ?? page.url()).origin;
      await formOrError(page);
      await fillLoginForm(page, options);
      // Back through the redirect bridge page to the page that started the sign-in.
      await page.waitForURL((url) => url.origin === app && url.pathname !== testConfig.auth.redirectPath);
      return username(options);
    });
  },
});

/** Waits for the OP's login form; throws with the page's text if the OP showed its error page instead. */
async function formOrError(page: Page) {
  const error = page.getByText(OP_ERROR);
  await page.locator(LOGIN_INPUT).or(error).waitFor();
  if (await error.isVisible()) throw new Error(`the OP showed an error: ${await page.locator('body').textContent()}`);
}

async function fillLoginForm(page: Page, { login = 'alice' }: SignInOptions) {
  await page.locator(LOGIN_INPUT).fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

function username({ login = 'alice' }: SignInOptions): string {
  return login.includes('@') ? login : `${login}@contoso.test`;
}
