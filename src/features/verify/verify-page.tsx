/**
 * "Check my tenant automatically" (issue #3): sign in with Microsoft or pick a sample tenant, say what
 * to check, and see the seven causes' verdicts with their evidence. A lazy chunk of its own; MSAL and
 * the demo tenant are lazier still. In screen-share mode every tenant detail on it is hidden: the texts
 * through useRedact, the inputs masked (VerifyInputsForm).
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AppConfig } from '../../app/config/parse-config';
import { adminConsentUrl } from '../../auth/admin-consent';
import { type AuthAccount, type AuthClient, AuthError, qualifiedScopes } from '../../auth/auth-client';
import { hasMicrosoftSession, loadMicrosoftAuth } from '../../auth/load-microsoft-auth';
import type { VerifyInputs } from '../../checks/types';
import { verifyTenant } from '../../checks/verdicts';
import { AppLink } from '../../components/app-link';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { nowSeconds } from '../../components/clock';
import { ArrowLeftIcon } from '../../components/icons';
import { useRedact } from '../../components/use-redact';
import type { Scenario } from '../../demo/scenario';
import { runVerification } from '../../graph/run-verification';
import { setLatestVerification } from '../../session/latest-verification';
import { ConsentNeeded } from './consent-needed';
import { useWizardLink } from './use-wizard-link';
import { VerifyBoard } from './verify-board';
import { VerifyInputsForm } from './verify-inputs-form';
import { WhatIsRead } from './what-is-read';

type DemoModule = typeof import('../../demo/demo-tenant');

type Source =
  | { kind: 'microsoft'; auth: AuthClient; account: AuthAccount }
  | { kind: 'demo'; auth: AuthClient; demo: DemoModule; scenario: Scenario };

type RunRequest = { inputs: VerifyInputs; run: number };

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

/**
 * What survives leaving this page for the wizard and coming back with the browser's Back button, in
 * this tab's memory only: the connection, the last request (the results stay in the query cache).
 */
const remembered: { source: Source | null; request: RunRequest | null; microsoft: Promise<AuthClient> | null } = {
  source: null,
  request: null,
  microsoft: null,
};

export default function VerifyPage({ config }: { config: AppConfig }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Verify config={config} />
    </QueryClientProvider>
  );
}

function Verify({ config }: { config: AppConfig }) {
  const [params] = useSearchParams();
  const redact = useRedact();
  const wizard = useWizardLink(params.get('from'));
  const microsoftConfigured = config.auth.clientId !== '';
  const [source, setSourceState] = useState<Source | null>(remembered.source);
  const [notice, setNotice] = useState<string | null>(null);
  const [consent, setConsent] = useState<{ code?: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [request, setRequestState] = useState<RunRequest | null>(remembered.request);
  const setSource = (value: Source | null) => {
    remembered.source = value;
    setSourceState(value);
  };
  const setRequest = (value: RunRequest | null) => {
    remembered.request = value;
    setRequestState(value);
  };

  const microsoftAuth = () => {
    remembered.microsoft ??= loadMicrosoftAuth({
      clientId: config.auth.clientId,
      authority: config.auth.authority,
      knownAuthorities: config.auth.knownAuthorities,
      redirectUri: `${window.location.origin}${config.auth.redirectPath}`,
      graphBaseUrl: config.graph.baseUrl,
    }).catch((e: unknown) => {
      remembered.microsoft = null;
      throw e;
    });
    return remembered.microsoft;
  };

  const explain = (e: unknown) => {
    const problem = authProblem(e);
    if (problem.consent) setConsent(problem.consent);
    setNotice(problem.notice ?? null);
    setBusy(problem.busy ?? null);
  };

  // Back from a redirect sign-in, or a tab already signed in: pick the session up without a click.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on arrival
  useEffect(() => {
    if (!microsoftConfigured || remembered.source || !hasMicrosoftSession()) return;
    setBusy('Checking your sign-in…');
    microsoftAuth()
      .then((auth) => {
        const account = auth.account();
        if (account) setSource({ kind: 'microsoft', auth, account });
      })
      .then(() => setBusy(null), explain);
  }, []);

  const signIn = async () => {
    setNotice(null);
    setBusy('Waiting for the Microsoft sign-in window…');
    try {
      const auth = await microsoftAuth();
      const account = await auth.signIn();
      setSource({ kind: 'microsoft', auth, account });
      setBusy(null);
    } catch (e) {
      explain(e);
    }
  };

  const chooseSample = async (scenarioId?: string) => {
    setNotice(null);
    const demo = await import('../../demo/demo-tenant');
    const scenario = demo.SCENARIOS.find((s) => s.id === scenarioId) ?? demo.SCENARIOS[0];
    if (!scenario) return;
    const auth = demo.createDemoAuth();
    await auth.signIn();
    setRequest(null);
    setSource({ kind: 'demo', auth, demo, scenario });
  };

  const signOut = async () => {
    await source?.auth.signOut();
    queryClient.clear();
    setLatestVerification(null);
    setRequest(null);
    setSource(null);
    setNotice('Signed out. The sign-in and the results are gone from this browser.');
  };

  const verification = useQuery({
    queryKey: [
      'verification',
      source?.kind,
      source?.kind === 'demo' ? source.scenario.id : source?.account.username,
      request,
    ],
    enabled: Boolean(source && request),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      if (!source || !request) throw new Error('nothing to check');
      const snapshot = await runVerification(
        {
          baseUrl: config.graph.baseUrl,
          getToken: (options) => source.auth.getToken(options),
          ...(source.kind === 'demo' ? { fetch: source.demo.createDemoFetch(source.scenario, nowSeconds) } : {}),
        },
        request.inputs,
        nowSeconds(),
      );
      return verifyTenant(snapshot, request.inputs);
    },
  });

  const verdicts = verification.data ?? null;
  const sampleTitle = source?.kind === 'demo' ? source.scenario.title : null;
  useEffect(() => {
    setLatestVerification(verdicts ? { verdicts, sampleTitle } : null);
  }, [verdicts, sampleTitle]);
  // A run that could not get a token says why, like a sign-in that failed.
  const runProblem = verification.error ? authProblem(verification.error) : null;

  // New results: move focus to their heading, so a keyboard or screen-reader user is taken to them.
  useEffect(() => {
    if (verdicts) document.getElementById('board-heading')?.focus();
  }, [verdicts]);

  const initialInputs: VerifyInputs = {
    ...(source?.kind === 'demo' ? source.scenario.inputs : {}),
    ...(source?.kind === 'demo' ? {} : { account: wizard.answers.account, appId: wizard.answers.appId }),
    providerIps:
      source?.kind === 'demo' && source.scenario.inputs.providerIps
        ? source.scenario.inputs.providerIps
        : [...config.providerIpRanges],
    setup: source?.kind === 'demo' ? source.scenario.inputs.setup : 'unknown',
  };

  const inputsForm = source && (
    <VerifyInputsForm
      key={source.kind === 'demo' ? source.scenario.id : source.kind}
      initial={initialInputs}
      ipRangesFromConfig={config.providerIpRanges}
      productName={config.productName}
      submitLabel={verdicts ? 'Check again with these answers' : 'Check my tenant'}
      onSubmit={(inputs) => setRequest({ inputs, run: (request?.run ?? 0) + 1 })}
    />
  );

  const consentNeeded = consent ?? runProblem?.consent ?? null;
  if (consentNeeded) {
    return (
      <Page backHref={wizard.backHref}>
        <ConsentNeeded
          code={consentNeeded.code}
          consentUrl={adminConsentUrl({
            authority: config.auth.authority,
            clientId: config.auth.clientId,
            scopes: qualifiedScopes(config.graph.baseUrl),
            redirectUri: `${window.location.origin}${config.auth.redirectPath}`,
          })}
          onBack={() => setConsent(null)}
        />
      </Page>
    );
  }

  return (
    <Page backHref={wizard.backHref}>
      <WhatIsRead />
      {(notice ?? runProblem?.notice) && (
        <div role="status" data-testid="verify-notice">
          <Callout tone="info" title={redact(notice ?? runProblem?.notice ?? '')} headingLevel={2} />
        </div>
      )}
      {(busy ?? runProblem?.busy) && (
        <p role="status" className="text-ink-2">
          {redact(busy ?? runProblem?.busy ?? '')}
        </p>
      )}

      <section aria-labelledby="source-heading" className="space-y-3 rounded-lg bg-surface p-4 shadow-card sm:p-5">
        <h2 id="source-heading" className="font-semibold text-ink text-lg">
          {source ? 'Connected' : 'Connect to the tenant'}
        </h2>
        {source?.kind === 'microsoft' && (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-ink" data-testid="signed-in-as">
              Signed in as <strong>{redact(source.account.username)}</strong>
            </p>
            <Button size="sm" onClick={signOut}>
              Sign out
            </Button>
          </div>
        )}
        {source?.kind === 'demo' && (
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex flex-wrap items-center gap-2 text-ink text-sm">
              <span className="font-semibold">Sample tenant</span>
              <select
                value={source.scenario.id}
                onChange={(e) => void chooseSample(e.target.value)}
                className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
              >
                {source.demo.SCENARIOS.map((s) => (
                  <option key={s.id} value={s.id}>
                    {redact(s.title)}
                  </option>
                ))}
              </select>
            </label>
            <Button size="sm" onClick={signOut}>
              Leave the sample tenant
            </Button>
            <p className="w-full text-ink-3 text-sm">{redact(source.scenario.description)} All of it is sample data.</p>
          </div>
        )}
        {!source && (
          <div className="flex flex-wrap gap-2">
            {microsoftConfigured && (
              <Button variant="primary" onClick={signIn} disabled={busy !== null}>
                Sign in with Microsoft
              </Button>
            )}
            {config.demo.enabled && (
              <Button onClick={() => void chooseSample()} disabled={busy !== null}>
                Try it with a sample tenant
              </Button>
            )}
          </div>
        )}
        {!source && !microsoftConfigured && (
          <p className="text-ink-3 text-sm">
            Signing in to a real tenant is not set up on this site; the sample tenants show how it works.
          </p>
        )}
      </section>

      {verification.isFetching && !verdicts && (
        <p role="status" className="text-ink-2">
          Reading the tenant…
        </p>
      )}
      {verdicts && (
        <VerifyBoard
          verdicts={verdicts}
          titles={wizard.titles}
          sampleTitle={sampleTitle}
          hrefFor={(causeId) => wizard.withVerdicts(verdicts, causeId)}
          continueHref={wizard.withVerdicts(verdicts)}
          onCheckAgain={() => void verification.refetch()}
          checking={verification.isFetching}
        />
      )}
      {source && !verdicts && (
        <section aria-labelledby="inputs-heading" className="space-y-3 rounded-lg bg-surface p-4 shadow-card sm:p-5">
          <h2 id="inputs-heading" className="font-semibold text-ink text-lg">
            What to check
          </h2>
          {inputsForm}
        </section>
      )}
      {source && verdicts && (
        <details className="rounded-lg bg-surface p-4 shadow-card sm:p-5">
          <summary className="cursor-pointer font-semibold text-ink">Change what to check</summary>
          <div className="mt-4">{inputsForm}</div>
        </details>
      )}
    </Page>
  );
}

/** What to show for a failed sign-in or token: the consent page, a message, or "on its way". */
function authProblem(e: unknown): { consent?: { code?: string }; notice?: string; busy?: string } {
  if (!(e instanceof AuthError)) {
    return { notice: `The check could not run: ${e instanceof Error ? e.message : 'unknown error'}. Try again.` };
  }
  switch (e.kind) {
    case 'consent-required':
      return { consent: e.code ? { code: e.code } : {} };
    case 'cancelled':
      return { notice: 'Sign-in was cancelled. Nothing was read or changed; sign in again when you are ready.' };
    case 'redirecting':
      return { busy: 'Opening the Microsoft sign-in page…' };
    case 'failed':
      return { notice: `Sign-in failed: ${e.message}${e.code ? ` (${e.code})` : ''}. Sign in again.` };
  }
}

function Page({ backHref, children }: { backHref: string; children: ReactNode }) {
  return (
    <main
      id="main"
      className="mx-auto w-full max-w-4xl flex-1 space-y-6 px-4 py-6 sm:px-6 lg:py-8"
      data-step-id="verify"
    >
      <AppLink to={backHref} className="inline-flex items-center gap-1 font-semibold text-brand-ink text-sm">
        <ArrowLeftIcon width={16} height={16} />
        Back to the troubleshooter
      </AppLink>
      <div className="space-y-2">
        <h1 id="step-heading" tabIndex={-1} className="font-semibold text-2xl text-ink sm:text-[28px]">
          Check your tenant automatically
        </h1>
        <p className="max-w-prose text-ink-2 text-lg">
          Sign in with an account that can read the tenant (Global Reader is enough) and the troubleshooter checks all
          seven causes for you, read-only, then takes you straight to what is wrong.
        </p>
      </div>
      {children}
    </main>
  );
}
