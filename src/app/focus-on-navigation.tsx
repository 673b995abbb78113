import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After each move to another page or step, put focus on its heading (#step-heading) and show it from
 * the top, so keyboard and screen-reader users land where the new content starts.
 */
export function FocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the path changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    // The next page may still be loading its chunk: look again on the next frames.
    let tries = 0;
    const focus = () => {
      const heading = document.getElementById('step-heading');
      if (heading) heading.focus({ preventScroll: true });
      else if (tries++ < 30) requestAnimationFrame(focus);
    };
    focus();
  }, [pathname]);
  return null;
}
