import { PresentToggle } from './present-toggle';
import { ShortcutsButton } from './shortcuts-button';

/** The product bar: what this is, for which product, in one line; and screen-share mode. */
export function AppHeader({ productName }: { productName: string }) {
  return (
    <header className="border-line-2 border-b bg-surface">
      <div className="mx-auto flex min-h-14 w-full max-w-6xl items-center gap-3 px-4 sm:px-6">
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="7" fill="var(--brand-fill)" />
          <path
            d="M16 6l8 3v6.2c0 5.1-3.4 8.9-8 10.8-4.6-1.9-8-5.7-8-10.8V9l8-3z"
            fill="none"
            stroke="#fff"
            strokeWidth="2"
          />
          <path
            d="M12.5 16.2l2.4 2.4 4.6-5"
            fill="none"
            stroke="#fff"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="font-semibold text-ink leading-tight">
          401 Troubleshooter
          <span className="block font-normal text-ink-3 text-xs sm:inline sm:pl-2 sm:text-sm">
            for {productName} Microsoft 365 backup
          </span>
        </p>
        <div className="ml-auto flex items-center gap-2">
          <PresentToggle />
          <ShortcutsButton />
        </div>
      </div>
    </header>
  );
}
