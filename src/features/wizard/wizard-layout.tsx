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
  extra,
  toolbar,
  notice,
  children,
}: {
  nav: ReactNode;
  /** Under the cause list on wide screens, after the step on narrow ones (the agent's tools); the list then no longer sticks. */
  extra?: ReactNode;
  toolbar: ReactNode;
  notice: Notice | null;
  children: ReactNode;
}) {
  return (
    <div
      className={`mx-auto grid w-full max-w-6xl flex-1 gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-10 lg:py-8 ${extra ? 'lg:grid-rows-[auto_1fr]' : ''}`}
    >
      <aside className={extra ? '' : 'lg:sticky lg:top-6 lg:self-start'}>{nav}</aside>
      <main id="main" className={`min-w-0 space-y-6 ${extra ? 'lg:row-span-2' : ''}`}>
        {toolbar}
        {notice && <LinkNotice message={notice.message} action={notice.action} />}
        {children}
      </main>
      {extra && <div className="lg:col-start-1 lg:row-start-2 lg:self-start">{extra}</div>}
    </div>
  );
}
