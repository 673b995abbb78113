import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { WizardSnapshot } from '../components/step-slots';
import { AgentPanel } from '../features/agent/agent-panel';
import { CaseReportPanel } from '../features/report/case-report-panel';

/** The agent panel beside the wizard, with the case report's actions composed in. */
export default function AgentTools({
  wizard,
  takeFocus,
  onHide,
}: {
  wizard: WizardSnapshot;
  /** True when the panel was just opened with the Show button: the focus then moves into it. */
  takeFocus: () => boolean;
  onHide: () => void;
}) {
  const navigate = useNavigate();
  // Opened with the Show button: the focus goes to the panel's heading, not back to the page.
  useEffect(() => {
    if (takeFocus()) document.getElementById('agent-heading')?.focus();
  }, [takeFocus]);
  return (
    <AgentPanel
      wizard={wizard}
      inOwnWindow={false}
      go={(url) => navigate(url)}
      onHide={onHide}
      report={<CaseReportPanel wizard={wizard} compact />}
    />
  );
}
