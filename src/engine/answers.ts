/** What makes start answers acceptable, whether they come from the form or from a link. */
import type { ContentIndex } from './content-schema';
import { isEmail, isEpochSeconds, isGuid } from './formats';
import { MAX_ERROR_TEXT, type StartAnswers } from './wizard-state';

/** The first thing wrong with the answers, in words for the user, or null when they are fine. */
export function answersProblem(content: ContentIndex, a: StartAnswers): string | null {
  if (a.errorText !== undefined && a.errorText.length > MAX_ERROR_TEXT) {
    return `the error text is longer than ${MAX_ERROR_TEXT} characters`;
  }
  if (a.changedAt !== undefined && !isEpochSeconds(a.changedAt)) return 'the time of the change is not valid';
  if (a.changeKind !== undefined && !content.flow.changeKinds.some((k) => k.id === a.changeKind)) {
    return 'the kind of change is not one this app knows';
  }
  if (a.account !== undefined && !isEmail(a.account)) return 'the service account is not an email address';
  if (a.appId !== undefined && !isGuid(a.appId)) return 'the application ID is not a GUID';
  return null;
}
