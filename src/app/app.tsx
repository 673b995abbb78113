import { BrowserRouter, Route, Routes } from 'react-router';
import { WizardPage } from '../features/wizard/wizard';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import type { AppConfig } from './config/parse-config';

export function App({ config }: { config: AppConfig }) {
  return (
    <BrowserRouter>
      <div className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only z-10 rounded-md bg-surface px-4 py-2 font-semibold text-brand-ink shadow-card focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to the current step
        </a>
        <AppHeader productName={config.productName} />
        <Routes>
          <Route
            path="*"
            element={
              <WizardPage
                productName={config.productName}
                support={config.support}
                providerIpRanges={config.providerIpRanges}
              />
            }
          />
        </Routes>
        <AppFooter />
      </div>
    </BrowserRouter>
  );
}
