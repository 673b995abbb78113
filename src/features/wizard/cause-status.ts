import type { AutoVerdict, CauseRecord, CauseStatus } from '../../engine/wizard-state';

/** How each status reads on screen, and the verdict marker (DESIGN §8) it corresponds to. */
export const STATUS_LABEL: Record<CauseStatus, string> = {
  'not-checked': 'Not checked',
  'ruled-out': 'Ruled out',
  fixed: 'Fixed',
  'cant-check': "Couldn't check",
};

/** A cause that was ruled out passed; one that needed a fix failed; one nobody could check is unknown. */
export const STATUS_VERDICT: Record<CauseStatus, 'pass' | 'fail' | 'unknown' | undefined> = {
  'not-checked': undefined,
  'ruled-out': 'pass',
  fixed: 'fail',
  'cant-check': 'unknown',
};

/** The DESIGN §8 verdict marker: what the user found by hand, else what the automatic check said. */
export function verdictMarker(
  record: CauseRecord,
  auto: AutoVerdict | undefined,
): 'pass' | 'fail' | 'unknown' | undefined {
  return STATUS_VERDICT[record.status] ?? auto;
}
