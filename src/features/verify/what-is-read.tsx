/** Said before anyone signs in: what is read, that nothing is written, where it goes and how to clear it. */
export function WhatIsRead() {
  return (
    <details className="rounded-md border border-line-2 bg-surface px-4 py-3 text-sm" data-testid="privacy">
      <summary className="cursor-pointer font-semibold text-ink">What this reads, and what happens to it</summary>
      <div className="mt-3 space-y-2 text-ink-2">
        <p>
          Read-only, through Microsoft Graph with your own sign-in: the service account (enabled, groups and roles), the
          backup's app registration (secret expiry dates and first characters, never a secret), Security Defaults, the
          SharePoint setting for legacy apps, Conditional Access policies and named locations, the last day's audit and
          sign-in logs for the account, and its per-user MFA state. Nothing is changed in your tenant.
        </p>
        <p>
          Permissions asked: Policy.Read.All, SharePointTenantSettings.Read.All, AuditLog.Read.All,
          Application.Read.All, User.Read.All. A Global Reader can use them.
        </p>
        <p>
          The answers go from Microsoft straight to this page and nowhere else. Nothing is kept beyond this browser tab;
          signing out clears the sign-in and the results.
        </p>
      </div>
    </details>
  );
}
