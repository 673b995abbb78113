import { redactText } from '../engine/redact';
import { usePresentMode } from '../session/present-mode';

const asIs = (text: string) => text;

/** Text as it may appear on screen: tenant details hidden while screen-share mode is on. */
export function useRedact(): (text: string) => string {
  return usePresentMode() ? redactText : asIs;
}
