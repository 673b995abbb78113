import { CheckIcon, CircleIcon, QuestionIcon, ShieldIcon } from '../../components/icons';
import type { CauseStatus } from '../../engine/wizard-state';
import { STATUS_LABEL } from './cause-status';

const STYLE: Record<CauseStatus, string> = {
  'not-checked': 'text-ink-3',
  'ruled-out': 'text-success-ink',
  fixed: 'text-brand-ink',
  'cant-check': 'text-warning-ink',
};

const ICON = {
  'not-checked': CircleIcon,
  'ruled-out': CheckIcon,
  fixed: ShieldIcon,
  'cant-check': QuestionIcon,
} satisfies Record<CauseStatus, unknown>;

export function StatusBadge({ status }: { status: CauseStatus }) {
  const Icon = ICON[status];
  return (
    <span className={`inline-flex items-center gap-1 font-medium text-xs ${STYLE[status]}`}>
      <Icon width={14} height={14} />
      {STATUS_LABEL[status]}
    </span>
  );
}
