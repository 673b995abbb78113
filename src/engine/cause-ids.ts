/** The seven causes, in the source article's numbering. Ids are stable: links and saved states use them. */
export const CAUSE_IDS = [
  'legacy-auth-retirement',
  'propagation-delay',
  'credentials',
  'sharepoint-legacy-auth',
  'security-defaults',
  'conditional-access',
  'authentication-policy',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

export function isCauseId(value: unknown): value is CauseId {
  return typeof value === 'string' && (CAUSE_IDS as readonly string[]).includes(value);
}
