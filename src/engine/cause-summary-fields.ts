/** What the start page needs of the content; the rest loads with the wizard (ADR 0004). No imports: the build reads it too. */
export const CAUSE_SUMMARY_FIELDS = ['id', 'number', 'shortTitle', 'entry'] as const;
export const FLOW_INDEX_FIELDS = ['orders', 'changeKinds'] as const;
