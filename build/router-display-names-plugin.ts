/**
 * react-router's production build names its components for React DevTools at module level
 * (`Link.displayName = "Link";`). Those assignments count as side effects, so Link, NavLink, Form and
 * ScrollRestoration (with their prefetch code) stay in the first load although the app uses none of
 * them. Dropping the assignments lets the bundler leave them out (about 0.2 kB gzip, ADR 0009).
 */
import type { Plugin } from 'vite';

const ROUTER = /node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]/;
const DISPLAY_NAME = /^[\w$]+\.displayName = "[^"]*";$/gm;

export function routerDisplayNamesPlugin(): Plugin {
  return {
    name: 'router-display-names',
    apply: 'build',
    transform(code, id) {
      if (!ROUTER.test(id)) return;
      return { code: code.replace(DISPLAY_NAME, ''), map: null };
    },
  };
}
