import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { causeIndexPlugin } from './build/cause-index-plugin.ts';
import packageJson from './package.json' with { type: 'json' };

export default defineConfig({
  plugins: [react(), tailwindcss(), causeIndexPlugin('src/content/causes')],
  define: {
    __APP_VERSION__: JSON.stringify(packageJson.version),
  },
  build: {
    target: 'es2022',
    // Every browser the app supports has modulepreload; the polyfill would only add to the first load.
    modulePreload: { polyfill: false },
    // The second page is MSAL's redirect bridge: where the identity provider sends its answer.
    rollupOptions: { input: { main: 'index.html', redirect: 'redirect.html' } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // The engine and the content are pure TypeScript: a node environment proves they need no DOM.
    environment: 'node',
    include: ['src/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/unit.json' },
  },
});
