import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadConfig } from './app/config/load-config';
import { isPlainStart, loadFullWizard } from './features/wizard/wizard';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// The config is preloaded by index.html, so waiting for it before the first render costs almost nothing
// and spares the user a flash of a half-configured page. An address past the start page needs the wizard
// chunk too: fetch it alongside, so the first render is the real step rather than a placeholder.
const wizard = isPlainStart(location.pathname, location.search) ? null : loadFullWizard().catch(() => null);
Promise.all([loadConfig(), wizard]).then(async ([result]) => {
  if (result.ok) {
    const app = (
      <StrictMode>
        <App config={result.value} />
      </StrictMode>
    );
    // As a transition, React renders the first screen in slices and keeps the main thread responsive.
    startTransition(() => root.render(app));
    return;
  }
  // Only a broken deployment needs the error screen, so it is not part of the first load.
  const { ConfigErrorScreen } = await import('./app/config/config-error-screen');
  root.render(
    <StrictMode>
      <ConfigErrorScreen error={result.error} />
    </StrictMode>,
  );
});
