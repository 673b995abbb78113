import { useMemo } from 'react';
import type { CauseVerdict } from '../../checks/types';
import { nowSeconds } from '../../components/clock';
import { content } from '../../content/index';
import type { CauseId } from '../../engine/cause-ids';
import { transition, type WizardEvent } from '../../engine/transition';
import { decodeUrl } from '../../engine/url-codec';
import { encodeUrl } from '../../engine/url-encode';
import type { StartAnswers, WizardState } from '../../engine/wizard-state';

const EMPTY: WizardState = { answers: {}, log: [] };

/**
 * The troubleshooter the user came from (the `from` address) and the addresses that take them back to it
 * with the verdicts applied: the tree then starts at the failing causes and skips the passed ones.
 */
export function useWizardLink(from: string | null) {
  const state = useMemo(() => {
    if (!from?.startsWith('/')) return EMPTY;
    const url = new URL(from, 'http://x');
    const decoded = decodeUrl(content, url.pathname, url.search, nowSeconds());
    return decoded.ok ? decoded.value : EMPTY;
  }, [from]);

  const withVerdicts = (verdicts: readonly CauseVerdict[], then?: CauseId): string => {
    const events: WizardEvent[] = [applyVerdicts(verdicts)];
    if (then) events.push({ type: 'JUMP', causeId: then });
    let current = state;
    let url = '/';
    for (const event of events) {
      const next = transition(content, current, event, nowSeconds());
      if (!next.ok) return url;
      current = next.value.state;
      url = encodeUrl(content, current, next.value.view.step);
    }
    return url;
  };

  return {
    answers: state.answers as StartAnswers,
    backHref: from?.startsWith('/') ? from : '/',
    withVerdicts,
    titles: Object.fromEntries(content.causes.map((c) => [c.id, c.shortTitle])) as Record<CauseId, string>,
  };
}

function applyVerdicts(verdicts: readonly CauseVerdict[]): WizardEvent {
  const byCause = Object.fromEntries(verdicts.map((v) => [v.causeId, v.status])) as Record<
    CauseId,
    CauseVerdict['status']
  >;
  // A pending change found by the audit logs starts the propagation countdown at the right time.
  const change = verdicts
    .flatMap((v) => v.findings)
    .find((f) => f.causeId === 'propagation-delay' && f.status === 'fail' && f.change)?.change;
  return {
    type: 'APPLY_VERDICTS',
    verdicts: byCause,
    checkedAt: verdicts[0]?.checkedAt ?? nowSeconds(),
    ...(change
      ? {
          change: {
            changedAt: Math.floor(change.at),
            changeKind: change.readyAt - change.at >= 24 * 3600 ? 'conditional-access' : 'entra-setting',
          },
        }
      : {}),
  };
}
