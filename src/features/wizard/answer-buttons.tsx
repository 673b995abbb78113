import { Button, type ButtonVariant } from '../../components/button';
import { RichText } from '../../components/rich-text';

export interface AnswerChoice {
  id: string;
  label: string;
  variant?: ButtonVariant;
}

/**
 * A question and its answers as buttons: one click answers and moves on (the browser's Back or the
 * wizard's Back undoes it). "I can't check this" is kept apart so it is never clicked by accident.
 */
export function AnswerButtons({
  questionId,
  question,
  help,
  answers,
  layout,
  onAnswer,
}: {
  questionId: string;
  question: string;
  help?: string;
  answers: readonly AnswerChoice[];
  /** A list of findings reads best stacked; a short yes/no/can't-tell reads best in a row. */
  layout: 'stack' | 'row';
  onAnswer: (id: string) => void;
}) {
  return (
    <section
      aria-labelledby={questionId}
      className="space-y-3 rounded-lg border border-brand-line bg-surface p-4 shadow-card sm:p-5"
    >
      <h2 id={questionId} className="font-semibold text-ink text-lg">
        <RichText text={question} />
      </h2>
      {help && (
        <p className="text-ink-2">
          <RichText text={help} />
        </p>
      )}
      <div
        className={
          layout === 'stack' ? 'flex flex-col items-stretch gap-2' : 'flex flex-col gap-2 sm:flex-row sm:flex-wrap'
        }
      >
        {answers.map((a) => (
          <Button
            key={a.id}
            data-answer-id={a.id}
            variant={a.variant ?? 'secondary'}
            onClick={() => onAnswer(a.id)}
            className={
              layout === 'stack' ? 'justify-start text-left font-normal' : 'justify-start text-left sm:justify-center'
            }
          >
            <RichText text={a.label} />
          </Button>
        ))}
      </div>
    </section>
  );
}
