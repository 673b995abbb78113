import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { type StepSlots, StepSlotsContext } from '../components/step-slots';
import { WizardPage } from '../features/wizard/wizard';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import type { AppConfig } from './config/parse-config';
import { FocusOnNavigation } from './focus-on-navigation';

// The tenant check is a chunk of its own (with react-query); MSAL and the sample tenants load later still.
const VerifyPage = lazy(() => import('../features/verify/verify-page'));
const AutoVerdictNote = lazy(() => import('../features/verify/auto-verdict-note'));

export function App({ config }: { config: AppConfig }) {
  // Without a sign-in app registration or the sample tenants there is nothing to check with.
  const tenantCheck = config.auth.clientId !== '' || config.demo.enabled;
  const slots: StepSlots = tenantCheck
    ? {
        verdict: (causeId, verdict) => (
          <Suspense fallback={null}>
            <AutoVerdictNote causeId={causeId} verdict={verdict} />
          </Suspense>
        ),
      }
    : {};

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
        <Routes>
          {tenantCheck && (
            <Route
              path="/verify"
              element={
                <Suspense fallback={<p className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 text-ink-3">Loading…</p>}>
                  <VerifyPage config={config} />
                </Suspense>
              }
            />
          )}
          <Route
            path="*"
            element={
              <StepSlotsContext value={slots}>
                <WizardPage
                  productName={config.productName}
                  support={config.support}
                  providerIpRanges={config.providerIpRanges}
                  tenantCheckHref={tenantCheck ? (from) => `/verify?from=${encodeURIComponent(from)}` : null}
                />
              </StepSlotsContext>
            }
          />
        </Routes>
        <AppFooter />
      </div>
    </BrowserRouter>
  );
}
