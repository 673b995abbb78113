import { CheckIcon, CircleIcon, CrossIcon, QuestionIcon, ShieldIcon } from '../../components/icons';
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

/**
 * A cause's status in words. `auto` marks a status the automatic tenant check decided; `failedCheck`
 * marks a cause still to be fixed that the check found failing, so the list shows where the problem is.
 */
export function StatusBadge({
  status,
  auto = false,
  failedCheck = false,
}: {
  status: CauseStatus;
  auto?: boolean;
  failedCheck?: boolean;
}) {
  if (status === 'not-checked' && failedCheck) {
    return (
      <span className="inline-flex items-center gap-1 font-medium text-danger-ink text-xs">
        <CrossIcon width={14} height={14} />
        Failed the automatic check
      </span>
    );
  }
  const Icon = ICON[status];
  return (
    <span className={`inline-flex items-center gap-1 font-medium text-xs ${STYLE[status]}`}>
      <Icon width={14} height={14} />
      {STATUS_LABEL[status]}
      {auto && ' automatically'}
    </span>
  );
}
