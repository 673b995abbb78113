import { type ReactNode, useContext } from 'react';
import { AppLink } from '../../components/app-link';
import { Button, buttonClass } from '../../components/button';
import { Callout } from '../../components/callout';
import { MailIcon } from '../../components/icons';
import { ExternalIcon } from '../../components/icons-after-start';
import { TemplateValuesContext } from '../../components/rich-text';
import { useCaseReport } from '../../components/use-case-report';
import { reportMarkdown } from '../../engine/case-report';
import type { CauseId } from '../../engine/cause-ids';
import { findCause, findNode } from '../../engine/content-lookup';
import { usePresentMode } from '../../session/present-mode';
import { StepHeading } from './step-heading';
import { useWizard } from './wizard-context';

export interface SupportContact {
  email: string;
  url: string | null;
}

/** The case report panel, composed in by the app (StepSlots.caseReport). */
type ReportSlot = { report: ReactNode };

export function ResolvedStep({ causeId, report }: { causeId: CauseId } & ReportSlot) {
  const { content, view, dispatch } = useWizard();
  const cause = findCause(content, causeId);
  const lastFix = view.records[causeId].choices.at(-1);
  const fix = cause && lastFix ? findNode(cause, lastFix.nodeId) : undefined;
  return (
    <section data-step-id="resolved" data-cause-id={causeId} aria-labelledby="step-heading" className="space-y-6">
      <StepHeading eyebrow="Resolved">The backup connection works again</StepHeading>
      <Callout tone="success" title={`Fixed by: ${cause?.shortTitle ?? causeId}`} headingLevel={2}>
        {fix && <p>The fix that worked: “{fix.title}”.</p>}
        <p>Keep the case report below with your records in case the error comes back.</p>
      </Callout>
      {report}
      <Button variant="primary" onClick={() => dispatch({ type: 'RESTART' })}>
        Troubleshoot another connection
      </Button>
    </section>
  );
}

export function EscalateStep({
  support,
  productName,
  report,
}: { support: SupportContact; productName: string } & ReportSlot) {
  const wizard = useWizard();
  const { content, view, hrefFor } = wizard;
  const values = useContext(TemplateValuesContext);
  // The email is for support, but its address is on screen too: on a shared screen it carries no details.
  const present = usePresentMode();
  const summary = reportMarkdown(useCaseReport({ ...wizard, values }, present));
  const unchecked = view.order.filter((id) => view.records[id].status === 'not-checked');
  const mailto = `mailto:${support.email}?subject=${encodeURIComponent(`${productName}: 401 Unauthorized on the Microsoft 365 backup`)}&body=${encodeURIComponent(summary)}`;

  return (
    <section data-step-id="escalate" aria-labelledby="step-heading" className="space-y-6">
      <StepHeading eyebrow="Escalate">
        {unchecked.length === 0
          ? 'All seven causes are checked: time to contact support'
          : 'Contact support about this case'}
      </StepHeading>
      <p className="max-w-prose text-ink-2 text-lg">
        Send support the case report below. It lists what you told us and every cause you checked, with what you saw and
        when, so nobody asks you the same questions again.
      </p>

      {unchecked.length > 0 && (
        <Callout
          tone="info"
          title={`${unchecked.length} ${unchecked.length === 1 ? 'cause is' : 'causes are'} not checked yet`}
          headingLevel={2}
        >
          <p>Checking these first often saves a round trip with support:</p>
          <ul className="flex flex-wrap gap-2">
            {unchecked.map((id) => (
              <li key={id}>
                <AppLink to={hrefFor({ type: 'JUMP', causeId: id })} className={buttonClass('secondary', '', 'sm')}>
                  {findCause(content, id)?.shortTitle ?? id}
                </AppLink>
              </li>
            ))}
          </ul>
        </Callout>
      )}

      {report}

      <section aria-labelledby="contact-heading" className="space-y-3">
        <h2 id="contact-heading" className="font-semibold text-ink text-lg">
          Support contact
        </h2>
        <div className="flex flex-wrap gap-2">
          <a href={mailto} className={buttonClass('primary')}>
            <MailIcon width={18} height={18} />
            Email {support.email}
          </a>
          {support.url && (
            <a href={support.url} target="_blank" rel="noreferrer" className={buttonClass('secondary')}>
              Support site
              <ExternalIcon width={16} height={16} />
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
        </div>
        <p className="text-ink-3 text-sm">
          The email opens in your mail app with the report filled in; nothing is sent until you send it.
        </p>
      </section>
    </section>
  );
}
