import type { UnknownReason, VerdictStatus } from '../../checks/types';

export const VERDICT_LABEL: Record<VerdictStatus, string> = {
  fail: 'Fails',
  pass: 'Passes',
  unknown: "Couldn't check",
};

export const VERDICT_BADGE: Record<VerdictStatus, string> = {
  fail: 'border-danger-line bg-danger-soft text-danger-ink',
  pass: 'border-success-line bg-success-soft text-success-ink',
  unknown: 'border-warning-line bg-warning-soft text-warning-ink',
};

export const REASON_TEXT: Record<UnknownReason, string> = {
  permission: 'your role or the app’s permissions don’t allow reading this',
  licence: 'this needs Microsoft Entra ID P1 or P2',
  'missing-input': 'it needs something you didn’t give above',
  unavailable: 'Microsoft Graph didn’t answer in time or answered with an error; check again',
  manual: 'Microsoft Graph doesn’t expose this setting',
};
