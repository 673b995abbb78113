/**
 * The agent's own window (/agent): the agent panel, following the wizard open in another tab or window
 * of this browser, for a screen the customer doesn't see. The wizard's address carries its whole state,
 * so this window rebuilds the step from it; jumps go back to the wizard's window.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { nowSeconds } from '../components/clock';
import type { WizardSnapshot } from '../components/step-slots';
import { content } from '../content/index';
import { replay } from '../engine/replay';
import { stepTitle } from '../engine/step-words';
import type { TemplateValues } from '../engine/template';
import type { WizardEvent } from '../engine/transition';
import { urlAfter } from '../engine/url-after';
import { decodeUrl } from '../engine/url-codec';
import { AgentPanel } from '../features/agent/agent-panel';
import { CaseReportPanel } from '../features/report/case-report-panel';
import { type AgentChannel, openAgentChannel } from '../session/agent-channel';
import type { LatestVerification } from '../session/latest-verification';
import type { AppConfig } from './config/parse-config';

interface Here {
  url: string;
  verification: LatestVerification | null;
}

export default function AgentWindow({ config }: { config: AppConfig }) {
  const [here, setHere] = useState<Here | null>(null);
  const channel = useRef<AgentChannel | null>(null);

  useEffect(() => {
    const open = openAgentChannel((message) => {
      if (message.type === 'here') setHere({ url: message.url, verification: message.verification });
    });
    channel.current = open;
    open.send({ type: 'where-are-you' });
    return () => open.close();
  }, []);

  const wizard = useMemo(() => (here ? snapshotOf(here.url, config) : null), [here, config]);
  const go = (url: string) => channel.current?.send({ type: 'go', url });

  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 space-y-4 px-4 py-6 sm:px-6">
      <h1 className="font-semibold text-2xl text-ink">Agent window</h1>
      <p className="max-w-prose text-ink-2">
        Follows the troubleshooter open in another tab or window of this browser. Tenant details show here even in
        screen-share mode: keep this window on a screen the customer doesn't see.
      </p>
      {wizard ? (
        <>
          <p role="status" className="text-ink-2" data-testid="agent-following">
            The customer sees: <strong className="text-ink">{wizard.title}</strong>
          </p>
          <AgentPanel
            wizard={wizard.snapshot}
            inOwnWindow
            go={go}
            report={
              <CaseReportPanel wizard={wizard.snapshot} compact privateScreen verification={here?.verification} />
            }
          />
        </>
      ) : (
        <p role="status" className="rounded-lg bg-surface p-4 text-ink-2 shadow-card" data-testid="agent-following">
          {here
            ? "The other window's address couldn't be read: go on there, and this window follows."
            : 'Waiting for the troubleshooter: open it in another tab or window of this browser. It shows up here from the first step on.'}
        </p>
      )}
    </main>
  );
}

/** The wizard's state at an address, as the agent panel needs it; null when the address isn't a step. */
function snapshotOf(url: string, config: AppConfig): { snapshot: WizardSnapshot; title: string } | null {
  const { pathname, search } = new URL(url, window.location.origin);
  const decoded = decodeUrl(content, pathname, search, nowSeconds());
  if (!decoded.ok) return null;
  const state = decoded.value;
  const replayed = replay(content, state);
  if (!replayed.ok) return null;
  const view = replayed.value;
  const values: TemplateValues = {
    productName: config.productName,
    ...(state.answers.account ? { account: state.answers.account } : {}),
    ...(state.answers.appId ? { appId: state.answers.appId } : {}),
    ...(config.providerIpRanges.length ? { providerIpRanges: config.providerIpRanges.join(', ') } : {}),
  };
  const hrefFor = (event: WizardEvent) => urlAfter(content, state, event, nowSeconds());
  return { snapshot: { content, state, view, values, url, hrefFor }, title: stepTitle(content, view, values) };
}
