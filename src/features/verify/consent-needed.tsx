import { GRAPH_SCOPES } from '../../auth/auth-client';
import { buttonClass } from '../../components/button';
import { Callout } from '../../components/callout';
import { CopyButton } from '../../components/copy-button';
import { ExternalIcon } from '../../components/icons-after-start';

const PURPOSE: Record<(typeof GRAPH_SCOPES)[number], string> = {
  'Policy.Read.All': 'Security Defaults, Conditional Access policies and named locations, per-user MFA state',
  'SharePointTenantSettings.Read.All': 'the SharePoint setting for apps that don’t use modern authentication',
  'AuditLog.Read.All': 'the last day’s audit and sign-in logs for the service account',
  'Application.Read.All': 'the backup’s app registration and its secrets’ expiry dates',
  'User.Read.All': 'the service account, its groups and roles',
};

/** The tenant has not granted the app its permissions: which ones, who can grant them, and the link to do it. */
export function ConsentNeeded({ consentUrl, code, onBack }: { consentUrl: string; code?: string; onBack: () => void }) {
  return (
    <section data-testid="consent-needed" aria-labelledby="consent-heading" className="space-y-4">
      <Callout tone="warning" title="An administrator needs to approve this app first" headingLevel={2}>
        <p>
          Microsoft stopped the sign-in because nobody has granted this troubleshooter its read-only permissions in your
          tenant{code ? ` (${code})` : ''}. Everything else works without signing in.
        </p>
      </Callout>
      <h2 id="consent-heading" className="font-semibold text-ink text-lg">
        The permissions, all read-only
      </h2>
      <ul className="space-y-1 text-ink-2">
        {GRAPH_SCOPES.map((scope) => (
          <li key={scope}>
            <code className="font-mono text-ink text-sm">{scope}</code>: {PURPOSE[scope]}
          </li>
        ))}
      </ul>
      <p className="text-ink-2">
        <span className="font-semibold text-ink">Who can grant them: </span>a Global Administrator, Privileged Role
        Administrator or Cloud Application Administrator. Send them this link, or open it if that is you:
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <a href={consentUrl} target="_blank" rel="noreferrer" className={buttonClass('primary')}>
          Open the admin consent page
          <ExternalIcon width={16} height={16} />
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        <CopyButton text={consentUrl} label="Copy the link" />
      </div>
      <button type="button" onClick={onBack} className="text-brand-ink text-sm underline">
        Back to the checks
      </button>
    </section>
  );
}
