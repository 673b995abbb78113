import { useEffect, useRef, useState } from 'react';
import { Button, buttonClass } from '../../components/button';
import { CodeBlock } from '../../components/code-block';
import { ArrowLeftIcon, ArrowRightIcon } from '../../components/icons';
import { ExternalIcon } from '../../components/icons-after-start';
import { RichText, useFillTemplate } from '../../components/rich-text';
import type { Step } from '../../engine/content-schema';
import { usePresentMode } from '../../session/present-mode';
import { StepScreenshot } from './step-screenshot';

/** Asks the first instruction list on screen that has more to show to move on (the N shortcut). */
export const NEXT_INSTRUCTION = 'troubleshooter:next-instruction';

/**
 * Numbered instructions. Each step may carry bullets, a screenshot, a command to copy and a deep link.
 * In screen-share mode the customer sees one instruction at a time, and the agent moves them along.
 */
export function StepList({ steps }: { steps: readonly Step[] }) {
  const present = usePresentMode();
  const [current, setCurrent] = useState(0);
  const paged = present && steps.length > 1;
  const last = steps.length - 1;
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const previousButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  /** What moved to the instruction on screen, until the effect below has dealt with it. */
  const movedBy = useRef<'previous' | 'next' | 'key' | null>(null);
  const show = (index: number, by: 'previous' | 'next' | 'key') => {
    movedBy.current = by;
    setCurrent(Math.max(0, Math.min(last, index)));
  };

  useEffect(() => {
    if (!paged) return;
    const next = (e: Event) => {
      if (current >= last || e.defaultPrevented) return;
      // The first list on the page with more to show takes it, whatever order the lists listen in
      // (a list that has just moved on listens again, last): a fix's options go one after the other.
      if (document.querySelector('[data-more-instructions]') !== root.current) return;
      e.preventDefault();
      show(current + 1, 'key');
    };
    window.addEventListener(NEXT_INSTRUCTION, next);
    return () => window.removeEventListener(NEXT_INSTRUCTION, next);
  });

  // The instruction just shown comes into view: N works from anywhere on the page, and a tall
  // instruction (with a screenshot) followed by a short one would leave the new one above the screen.
  // A pager button that has just become disabled hands the focus to the other one, not to the page.
  useEffect(() => {
    const by = movedBy.current;
    if (by === null) return;
    movedBy.current = null;
    const item = list.current?.querySelector<HTMLElement>(':scope > li');
    const top = item?.getBoundingClientRect().top;
    if (item && top !== undefined && (top < 0 || top > window.innerHeight - 48))
      item.scrollIntoView({ block: 'start' });
    if (by === 'next' && current === last) previousButton.current?.focus();
    if (by === 'previous' && current === 0) nextButton.current?.focus();
  }, [current, last]);

  const shown = paged ? steps.slice(current, current + 1) : steps;
  return (
    <div ref={root} className="space-y-3" data-more-instructions={paged && current < last ? '' : undefined}>
      <ol ref={list} className="space-y-4" start={paged ? current + 1 : undefined}>
        {shown.map((step) => (
          <Instruction key={step.id} step={step} number={steps.indexOf(step) + 1} />
        ))}
      </ol>
      {paged && (
        <div className="flex flex-wrap items-center gap-2" data-testid="instruction-pager">
          <Button ref={previousButton} size="sm" onClick={() => show(current - 1, 'previous')} disabled={current === 0}>
            <ArrowLeftIcon width={16} height={16} />
            Previous
          </Button>
          <span className="text-ink-2 text-sm" aria-live="polite">
            Instruction {current + 1} of {steps.length}
          </span>
          <Button
            size="sm"
            ref={nextButton}
            variant="primary"
            onClick={() => show(current + 1, 'next')}
            disabled={current === last}
          >
            Next instruction
            <ArrowRightIcon width={16} height={16} />
          </Button>
        </div>
      )}
    </div>
  );
}

function Instruction({ step, number }: { step: Step; number: number }) {
  const fill = useFillTemplate();
  return (
    <li data-instruction-id={step.id} className="flex scroll-mt-4 gap-3">
      <span
        aria-hidden="true"
        className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full border border-brand-line bg-brand-soft font-semibold text-brand-ink text-sm"
      >
        {number}
      </span>
      <div className="min-w-0 flex-1 space-y-2.5 pt-0.5">
        <p className="text-ink-2">
          <span className="sr-only">Step {number}: </span>
          <RichText text={step.text} />
        </p>
        {step.details && (
          <ul className="list-disc space-y-1 pl-5 text-ink-2 marker:text-ink-3">
            {step.details.map((d) => (
              <li key={d}>
                <RichText text={d} />
              </li>
            ))}
          </ul>
        )}
        {step.screenshot && <StepScreenshot shot={step.screenshot} />}
        {step.code && (
          <CodeBlock label={fill(step.code.label)} code={fill(step.code.text)} language={step.code.language} />
        )}
        {step.link && (
          <a
            href={step.link.href}
            target="_blank"
            rel="noreferrer"
            className={buttonClass('secondary', 'no-underline', 'sm')}
          >
            {fill(step.link.label)}
            <ExternalIcon width={16} height={16} />
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        )}
      </div>
    </li>
  );
}
