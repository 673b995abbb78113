import { lazy, Suspense } from 'react';
import { BrowserRouter, useLocation } from 'react-router';
import { type StepSlots, StepSlotsContext } from '../components/step-slots';
import { WizardPage } from '../features/wizard/wizard';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import type { AppConfig } from './config/parse-config';
import { FocusOnNavigation } from './focus-on-navigation';

// The tenant check is a chunk of its own (with react-query); MSAL and the sample tenants load later still.
const VerifyPage = lazy(() => import('../features/verify/verify-page'));
const AutoVerdictNote = lazy(() => import('../features/verify/auto-verdict-note'));
// The agent's tools and the case report: only for those who open them or reach the end of the wizard.
const WizardExtension = lazy(() => import('./wizard-extensions'));
const AgentWindow = lazy(() => import('./agent-window'));

export function App({ config }: { config: AppConfig }) {
  // Without a sign-in app registration or the sample tenants there is nothing to check with.
  const tenantCheck = config.auth.clientId !== '' || config.demo.enabled;
  const slots: StepSlots = {
    ...(tenantCheck && {
      verdict: (causeId, verdict) => (
        <Suspense fallback={null}>
          <AutoVerdictNote causeId={causeId} verdict={verdict} />
        </Suspense>
      ),
    }),
    agentPanel: (wizard) => (
      <Suspense fallback={null}>
        <WizardExtension slot="agentPanel" wizard={wizard} />
      </Suspense>
    ),
    caseReport: (wizard) => (
      <Suspense fallback={loading}>
        <WizardExtension slot="caseReport" wizard={wizard} />
      </Suspense>
    ),
  };

  return (
    <BrowserRouter>
      <FocusOnNavigation />
      <div className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only z-10 rounded-md bg-surface px-4 py-2 font-semibold text-brand-ink shadow-card focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to the current step
        </a>
        <AppHeader productName={config.productName} />
        <Page config={config} slots={slots} tenantCheck={tenantCheck} />
        <AppFooter />
      </div>
    </BrowserRouter>
  );
}

const loading = <p className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 text-ink-3">Loading…</p>;

/** Three pages: the tenant check, the agent's own window, and the wizard for every other address. */
function Page({ config, slots, tenantCheck }: { config: AppConfig; slots: StepSlots; tenantCheck: boolean }) {
  const { pathname } = useLocation();
  if (pathname === '/agent') {
    return (
      <Suspense fallback={loading}>
        <AgentWindow config={config} />
      </Suspense>
    );
  }
  if (tenantCheck && pathname === '/verify') {
    return (
      <Suspense fallback={loading}>
        <VerifyPage config={config} />
      </Suspense>
    );
  }
  return (
    <StepSlotsContext value={slots}>
      <WizardPage
        productName={config.productName}
        support={config.support}
        providerIpRanges={config.providerIpRanges}
        tenantCheckHref={tenantCheck ? (from) => `/verify?from=${encodeURIComponent(from)}` : null}
      />
    </StepSlotsContext>
  );
}
