import type { CauseId } from './cause-ids';
import type { ContentIndex, ErrorSignatures } from './content-schema';
import { matchErrorText } from './match-error-text';
import type { StartAnswers } from './wizard-state';

/** Changes older than this cannot still be propagating (the longest wait is 24 hours). */
const RECENT_SECONDS = 24 * 60 * 60;

/**
 * The order in which to walk the causes (DESIGN §3): the flow's order for "worked before / never
 * worked / unsure", then propagation first after a recent change (last when nothing changed), and a
 * cause named by the error text before everything else.
 */
export function orderCauses(
  content: ContentIndex & { errorSignatures?: ErrorSignatures },
  answers: StartAnswers,
  now: number,
): CauseId[] {
  const { orders } = content.flow;
  const base =
    answers.workedBefore === 'yes'
      ? orders.workedBefore
      : answers.workedBefore === 'no'
        ? orders.neverWorked
        : orders.unsure;
  let order = [...base];

  const changedRecently =
    answers.recentChange === 'yes' &&
    (answers.changedAt === undefined || (now - answers.changedAt >= -300 && now - answers.changedAt < RECENT_SECONDS));
  if (changedRecently) order = moveTo(order, 'propagation-delay', 'first');
  else if (answers.recentChange === 'no') order = moveTo(order, 'propagation-delay', 'last');

  const match = content.errorSignatures ? matchErrorText(content.errorSignatures, answers.errorText) : null;
  if (match) order = moveTo(order, match.cause, 'first');
  return order;
}

function moveTo(order: CauseId[], id: CauseId, where: 'first' | 'last'): CauseId[] {
  const rest = order.filter((c) => c !== id);
  return where === 'first' ? [id, ...rest] : [...rest, id];
}
