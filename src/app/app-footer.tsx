/** What the app does with what the user types, said once on every page. */
export function AppFooter() {
  return (
    <footer className="border-line-2 border-t">
      <div className="mx-auto w-full max-w-6xl px-4 py-4 text-ink-3 text-xs sm:px-6">
        Read-only guidance. Your answers live in this page's address and, to reopen, on this device only; the optional
        tenant check talks to Microsoft Graph and nothing else. Never enter passwords or secrets. Version{' '}
        {__APP_VERSION__}.
      </div>
    </footer>
  );
}
