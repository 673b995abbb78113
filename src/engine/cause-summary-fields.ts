/** The fields of a cause the start page needs; the rest loads with the wizard (ADR 0004). No imports: the build reads it too. */
export const CAUSE_SUMMARY_FIELDS = ['id', 'number', 'shortTitle', 'entry'] as const;
