import type { VerdictStatus } from '../../checks/types';
import { CheckIcon, CrossIcon, QuestionIcon } from '../../components/icons';
import { VERDICT_BADGE, VERDICT_LABEL } from './verdict-style';

const ICON = { fail: CrossIcon, pass: CheckIcon, unknown: QuestionIcon } as const;

export function VerdictBadge({ status }: { status: VerdictStatus }) {
  const Icon = ICON[status];
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 font-semibold text-xs ${VERDICT_BADGE[status]}`}
    >
      <Icon width={14} height={14} />
      {VERDICT_LABEL[status]}
    </span>
  );
}
