/**
 * The directory-audit activities that can leave a fix still propagating (research §2 cause 2), and how
 * long each can take: Entra changes up to 1 hour, Conditional Access up to 24 hours (DESIGN §2).
 */
export interface ActivityRule {
  service: string;
  activities: readonly string[];
  /** Shown on the board: what kind of change it was. */
  kind: string;
  hours: number;
  /** Tenant-wide changes always count; user and app changes only when they touch the service account or the app. */
  scope: 'tenant' | 'user' | 'app';
}

const ACTIVITY_RULES: readonly ActivityRule[] = [
  {
    service: 'Conditional Access',
    activities: [
      'Add conditional access policy',
      'Update conditional access policy',
      'Delete conditional access policy',
    ],
    kind: 'Conditional Access policy',
    hours: 24,
    scope: 'tenant',
  },
  {
    service: 'Conditional Access',
    activities: ['Add named location', 'Update named location', 'Delete named location'],
    kind: 'named location',
    hours: 24,
    scope: 'tenant',
  },
  // Logged by the Conditional Access service, but security defaults are an Entra setting: 1 hour.
  {
    service: 'Conditional Access',
    activities: ['Update security defaults'],
    kind: 'security defaults',
    hours: 1,
    scope: 'tenant',
  },
  {
    service: 'Core Directory',
    activities: [
      'Update application - Certificates and secrets management',
      'Consent to application',
      'Add app role assignment to service principal',
      'Add delegated permission grant',
    ],
    kind: 'app registration or consent',
    hours: 1,
    scope: 'app',
  },
  {
    service: 'Core Directory',
    activities: ['Create application password for user', 'Delete application password for user'],
    kind: 'App Password',
    hours: 1,
    scope: 'user',
  },
  {
    service: 'Core Directory',
    activities: ['Enable Strong Authentication', 'Disable Strong Authentication'],
    kind: 'per-user MFA',
    hours: 1,
    scope: 'user',
  },
  {
    service: 'Core Directory',
    activities: ['Reset password', 'Change user password', 'Disable account', 'Enable account', 'Update user'],
    kind: 'user account',
    hours: 1,
    scope: 'user',
  },
];

/** Case and dashes vary between doc versions and tenants ("Update application – Certificates…"). */
function normaliseActivity(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const INDEX = new Map(
  ACTIVITY_RULES.flatMap((rule) =>
    rule.activities.map(
      (activity) => [`${normaliseActivity(rule.service)}|${normaliseActivity(activity)}`, rule] as const,
    ),
  ),
);

export function classifyActivity(service: string, activity: string): ActivityRule | undefined {
  return INDEX.get(`${normaliseActivity(service)}|${normaliseActivity(activity)}`);
}
