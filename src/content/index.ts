/**
 * The troubleshooting content, assembled for the app. Editors change the JSON files, never this one
 * (see docs/content-guide.md). content.test.ts validates every file against the schema and the rules;
 * the cast below only restores the literal types that JSON imports widen.
 */
import type { Content } from '../engine/content-schema';
import authenticationPolicy from './causes/authentication-policy.json' with { type: 'json' };
import conditionalAccess from './causes/conditional-access.json' with { type: 'json' };
import credentials from './causes/credentials.json' with { type: 'json' };
import legacyAuthRetirement from './causes/legacy-auth-retirement.json' with { type: 'json' };
import propagationDelay from './causes/propagation-delay.json' with { type: 'json' };
import securityDefaults from './causes/security-defaults.json' with { type: 'json' };
import sharepointLegacyAuth from './causes/sharepoint-legacy-auth.json' with { type: 'json' };
import errorSignatures from './error-signatures.json' with { type: 'json' };
import flow from './flow.json' with { type: 'json' };

export const content = {
  causes: [
    legacyAuthRetirement,
    propagationDelay,
    credentials,
    sharepointLegacyAuth,
    securityDefaults,
    conditionalAccess,
    authenticationPolicy,
  ],
  flow,
  errorSignatures,
} as unknown as Content;
