import type { ComponentProps, MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * A link inside the app: a real <a href> (open in a new tab, copy link), followed without a page load.
 * Used on the first-load path instead of react-router's Link, whose prefetch machinery the app never
 * uses and which costs ~2 kB gzip of the 100 kB budget (docs/decisions/0004).
 */
export function AppLink({ to, onClick, ...props }: Omit<ComponentProps<'a'>, 'href'> & { to: string }) {
  const navigate = useNavigate();
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    // Modified clicks, middle clicks and target=_blank stay with the browser.
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || props.target)
      return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...props} />;
}
