/**
 * The wizard with the full content: loaded as its own chunk by wizard.tsx. The URL is the only store
 * (use-wizard-from-url.ts); this file turns the derived view into the layout and the step on screen.
 */
import { lazy, Suspense, useMemo } from 'react';
import { useLocation } from 'react-router';
import { nowSeconds } from '../../components/clock';
import { TemplateValuesContext } from '../../components/rich-text';
import { useStepSlots, type WizardSnapshot } from '../../components/step-slots';
import { content } from '../../content/index';
import { findCause } from '../../engine/content-lookup';
import type { TemplateValues } from '../../engine/template';
import type { WizardEvent } from '../../engine/transition';
import { urlAfter as urlAfterEvent } from '../../engine/url-after';
import { encodeUrl } from '../../engine/url-encode';
import type { WizardState } from '../../engine/wizard-state';
import { usePresentMode } from '../../session/present-mode';
import { CauseNav, type CauseNavItem } from './cause-nav';
import { verdictMarker } from './cause-status';
import { NodeStep } from './node-step';
import { RecentSessionsSlot } from './recent-sessions-slot';
import { StartStep } from './start-step';
import { useAgentSync } from './use-agent-sync';
import { useRememberSession } from './use-remember-session';
import { useWizardFromUrl } from './use-wizard-from-url';
import { useWizardShortcuts } from './use-wizard-shortcuts';
import type { WizardProps } from './wizard';
import { WizardContext } from './wizard-context';
import { type Notice, WizardLayout } from './wizard-layout';
import { WizardToolbar } from './wizard-toolbar';

// The end steps (with the case report's engine) are rare: a cause page never waits for them.
const ResolvedStep = lazy(() => import('./end-steps').then((m) => ({ default: m.ResolvedStep })));
const EscalateStep = lazy(() => import('./end-steps').then((m) => ({ default: m.EscalateStep })));

/** The address an event leads to from a state: for callers that hold no wizard yet (the start page). */
export function urlAfter(state: WizardState, event: WizardEvent): string {
  return urlAfterEvent(content, state, event, nowSeconds());
}

export function FullWizard({
  productName,
  support,
  providerIpRanges,
  tenantCheckHref,
  historyNotice,
}: WizardProps & { historyNotice: Notice | null }) {
  const { wizard, problem, clearProblem } = useWizardFromUrl(content);
  const location = useLocation();
  const url = location.pathname + location.search;
  const slots = useStepSlots();
  useAgentSync(url);
  useRememberSession(wizard, url);
  useWizardShortcuts(wizard);

  const account = wizard?.state.answers.account;
  const appId = wizard?.state.answers.appId;
  const present = usePresentMode();
  // While the screen is shared, the commands and steps name the values without showing them.
  const values = useMemo<TemplateValues>(
    () => ({
      productName,
      ...(account ? { account: present ? '[service account]' : account } : {}),
      ...(appId ? { appId: present ? '[application ID]' : appId } : {}),
      ...(providerIpRanges.length
        ? { providerIpRanges: present ? '[provider IP ranges]' : providerIpRanges.join(', ') }
        : {}),
    }),
    [productName, account, appId, providerIpRanges, present],
  );

  // A bad link is being replaced by a fresh start: nothing to show for that one frame.
  if (!wizard) return null;
  const { state, view, dispatch, hrefFor } = wizard;
  const { step } = view;

  const navItems: CauseNavItem[] = view.order.map((id) => ({
    id,
    shortTitle: findCause(content, id)?.shortTitle ?? id,
    status: view.records[id].status,
    verdict: verdictMarker(view.records[id], view.verified?.verdicts[id]),
    auto: view.records[id].auto === true,
    href: hrefFor({ type: 'JUMP', causeId: id }),
    current: step.kind === 'node' && step.causeId === id,
  }));
  const hasAnything = state.log.length > 0 || Object.keys(state.answers).length > 0;
  const notice = problem ? { message: problem, action: { label: 'Dismiss', run: clearProblem } } : historyNotice;
  const snapshot: WizardSnapshot = { content, state, view, values, url, hrefFor };
  const report = slots.caseReport?.(snapshot);

  return (
    <WizardContext value={wizard}>
      <TemplateValuesContext value={values}>
        <WizardLayout
          nav={<CauseNav items={navItems} />}
          // The agent's tools are for the agent: never on a shared screen (their own window shows them).
          extra={present ? null : slots.agentPanel?.(snapshot)}
          toolbar={
            <WizardToolbar
              onBack={state.log.length > 0 ? () => dispatch({ type: 'BACK' }) : null}
              onRestart={hasAnything ? () => dispatch({ type: 'RESTART' }) : null}
              escalateHref={step.kind === 'escalate' ? null : hrefFor({ type: 'ESCALATE' })}
              checkTenantHref={tenantCheckHref?.(encodeUrl(content, state, step)) ?? null}
            />
          }
          notice={notice}
        >
          {step.kind === 'start' && (
            <StartStep
              key={JSON.stringify(state.answers)}
              content={content}
              initial={state.answers}
              productName={productName}
              checkTenantHref={tenantCheckHref?.(encodeUrl(content, state, step)) ?? null}
              onBegin={(answers) => dispatch({ type: 'BEGIN', answers })}
            />
          )}
          {step.kind === 'start' && <RecentSessionsSlot />}
          {step.kind === 'node' && (
            <NodeStep key={`${step.causeId}/${step.nodeId}`} causeId={step.causeId} nodeId={step.nodeId} />
          )}
          <Suspense fallback={<p className="text-ink-3">Loading…</p>}>
            {step.kind === 'resolved' && <ResolvedStep causeId={step.causeId} report={report} />}
            {step.kind === 'escalate' && <EscalateStep support={support} productName={productName} report={report} />}
          </Suspense>
        </WizardLayout>
      </TemplateValuesContext>
    </WizardContext>
  );
}
