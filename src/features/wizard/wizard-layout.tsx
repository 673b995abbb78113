import type { ReactNode } from 'react';
import { LinkNotice } from './link-notice';

export interface Notice {
  message: string;
  /** The notice's button: "Dismiss", or "Try again" when something failed to load. */
  action: { label: string; run: () => void };
}

/** The page frame shared by the start page and the wizard: cause list beside, toolbar and step in main. */
export function WizardLayout({
  nav,
  toolbar,
  notice,
  children,
}: {
  nav: ReactNode;
  toolbar: ReactNode;
  notice: Notice | null;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto grid w-full max-w-6xl flex-1 gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-10 lg:py-8">
      <aside className="lg:sticky lg:top-6 lg:self-start">{nav}</aside>
      <main id="main" className="min-w-0 space-y-6">
        {toolbar}
        {notice && <LinkNotice message={notice.message} action={notice.action} />}
        {children}
      </main>
    </div>
  );
}
