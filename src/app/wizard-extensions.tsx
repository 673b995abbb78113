/**
 * The support agent's tools and the case report, composed into the wizard's slots (features never
 * import each other). Each loads only when it is on screen: the report on the end steps, the agent
 * tools once opened, so a cause page's first paint never waits for them.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Button } from '../components/button';
import type { WizardSnapshot } from '../components/step-slots';
import { setAgentToolsShown, useAgentToolsShown } from '../session/agent-tools-shown';

const AgentTools = lazy(() => import('./agent-tools'));
const CaseReportPanel = lazy(() =>
  import('../features/report/case-report-panel').then((m) => ({ default: m.CaseReportPanel })),
);

/** What fills the wizard's agentPanel and caseReport slots (components/step-slots.tsx). */
export default function WizardExtension({
  slot,
  wizard,
}: {
  slot: 'agentPanel' | 'caseReport';
  wizard: WizardSnapshot;
}) {
  return (
    <Suspense fallback={null}>
      {slot === 'caseReport' ? <CaseReportPanel wizard={wizard} /> : <AgentToolsOrOffer wizard={wizard} />}
    </Suspense>
  );
}

/** Set by Show and Hide, so the focus follows the click to what replaces the button. */
let focusAfterToggle = false;

function AgentToolsOrOffer({ wizard }: { wizard: WizardSnapshot }) {
  const hide = () => {
    focusAfterToggle = true;
    setAgentToolsShown(false);
  };
  if (useAgentToolsShown()) return <AgentTools wizard={wizard} takeFocus={takeFocus} onHide={hide} />;
  return <Offer />;
}

/** True once, for the part that appears after Show or Hide. */
function takeFocus(): boolean {
  const take = focusAfterToggle;
  focusAfterToggle = false;
  return take;
}

function Offer() {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus()) button.current?.focus();
  }, []);
  return (
    <section aria-labelledby="agent-offer-heading" className="space-y-2 rounded-lg bg-surface p-4 text-sm shadow-card">
      <h2 id="agent-offer-heading" className="font-semibold text-ink">
        Helping a customer?
      </h2>
      <p className="text-ink-2">
        The agent tools add what to say at each step, notes, the path so far, links to share and the case report.
      </p>
      <Button
        ref={button}
        size="sm"
        onClick={() => {
          focusAfterToggle = true;
          setAgentToolsShown(true);
        }}
      >
        Show agent tools
      </Button>
    </section>
  );
}
