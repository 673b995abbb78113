/**
 * Keyboard shortcuts (issue #5) are single keys without modifiers, so they must never fire while the
 * user types in a field. The list the "?" dialog shows is app/shortcuts-dialog.tsx.
 */
/** Inputs that take no typing: everything else (text, email, dates…) counts as a field being typed in. */
const NOT_TYPED = /^(?:checkbox|radio|button|submit|reset|range|color|file|image)$/;

/** A key press that belongs to the page, not to a field being typed in or to a browser shortcut. */
export function isShortcutKey(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return false;
  const target = e.target;
  if (!(target instanceof HTMLElement)) return true;
  if (target.isContentEditable || target.closest('textarea, select, dialog')) return false;
  return !(target instanceof HTMLInputElement && !NOT_TYPED.test(target.type));
}

/** P while screen-share mode is on: asks whether to show the details again (app/present-bar.tsx). */
export const ASK_TO_SHOW_DETAILS = 'troubleshooter:ask-to-show-details';
