import type { CaseReport } from '../engine/case-report';
import { buildCaseReport } from '../engine/case-report';
import { useLatestVerification } from '../session/latest-verification';
import { useNotes } from '../session/notes';
import { sessionKey } from '../session/session-key';
import { nowSeconds } from './clock';
import type { WizardSnapshot } from './step-slots';

/**
 * The case report of the session on screen, with the agent's notes and this tab's tenant-check evidence.
 * `verification` overrides the evidence, for the agent's window, which gets it from the wizard's tab.
 */
export function useCaseReport(
  wizard: Pick<WizardSnapshot, 'content' | 'state' | 'view' | 'values'>,
  redacted: boolean,
  verification?: Parameters<typeof buildCaseReport>[0]['verification'],
): CaseReport {
  const notes = useNotes(sessionKey(wizard.state));
  const latest = useLatestVerification();
  return buildCaseReport({
    content: wizard.content,
    state: wizard.state,
    view: wizard.view,
    values: wizard.values,
    notes,
    verification: verification === undefined ? latest : verification,
    appVersion: __APP_VERSION__,
    now: nowSeconds(),
    redacted,
  });
}
