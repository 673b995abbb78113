import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentIndexPlugin } from './build/content-index-plugin.ts';
import { routerDisplayNamesPlugin } from './build/router-display-names-plugin.ts';
import packageJson from './package.json' with { type: 'json' };

export default defineConfig({
  plugins: [react(), tailwindcss(), contentIndexPlugin('src/content'), routerDisplayNamesPlugin()],
  define: {
    __APP_VERSION__: JSON.stringify(packageJson.version),
  },
  build: {
    target: 'es2022',
    // Every browser the app supports has modulepreload; the polyfill would only add to the first load.
    modulePreload: { polyfill: false },
    // The second page is MSAL's redirect bridge: where the identity provider sends its answer.
    rolldownOptions: {
      input: { main: 'index.html', redirect: 'redirect.html' },
      // React and the router in one chunk: one request instead of four, a little smaller gzipped, and a
      // file that stays cached across releases of the app's own code.
      output: {
        codeSplitting: {
          groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // The engine and the content are pure TypeScript: a node environment proves they need no DOM.
    environment: 'node',
    // One module graph for all test files: ~7 s instead of ~110 s on two cores. Tests that fake the
    // browser (src/session/fake-browser.ts) install and remove it themselves.
    isolate: false,
    include: ['src/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/unit.json' },
  },
});
