import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = 4173;
/** The local OpenID provider the auth specs sign in against (e2e/support/op-server.mjs). */
const OP_PORT = Number(process.env.OP_PORT ?? 8443);

/** End-to-end tests against the production build (npm run build), in Debian's Chromium. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // The OP's certificate is self-signed; MSAL insists on an https authority.
    ignoreHTTPSErrors: true,
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: 'node e2e/support/op-server.mjs',
      url: `https://127.0.0.1:${OP_PORT}/health`,
      ignoreHTTPSErrors: true,
      env: { APP_ORIGIN: `http://localhost:${PORT}`, OP_PORT: String(OP_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
