import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { nowSeconds } from '../../components/clock';
import { isShortcutKey } from '../../components/shortcuts';
import { contentIndex } from '../../content/content-index';
import { orderCauses } from '../../engine/order-causes';
import { encodeUrl, STATE_PARAM } from '../../engine/url-encode';
import type { StartAnswers } from '../../engine/wizard-state';
import { CauseNav, type CauseNavItem } from './cause-nav';
import type { SupportContact } from './end-steps';
import { RecentSessionsSlot } from './recent-sessions-slot';
import { StartStep } from './start-step';
import { WizardLayout } from './wizard-layout';
import { WizardToolbar } from './wizard-toolbar';

export interface WizardProps {
  productName: string;
  support: SupportContact;
  providerIpRanges: readonly string[];
  /** Where "Check my tenant" leads, given the address to come back to; null when it is not offered. */
  tenantCheckHref: ((from: string) => string) | null;
}

type FullWizardModule = typeof import('./full-wizard');
let loading: Promise<FullWizardModule> | null = null;
let loaded: FullWizardModule | null = null;

/** The wizard proper (every step after the start, with the full content) is a chunk of its own. */
export function loadFullWizard(): Promise<FullWizardModule> {
  loading ??= import('./full-wizard').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null; // let a later attempt try again
      throw e;
    },
  );
  return loading;
}

/** A plain visit to the start page is the one address that needs no wizard chunk. */
export function isPlainStart(pathname: string, search: string): boolean {
  return pathname === '/' && !new URLSearchParams(search).has(STATE_PARAM);
}

/**
 * The troubleshooting flow. A plain visit to the start page renders from the small content index, so
 * the first load stays light; any other address (or the first answer) loads the full wizard.
 */
export function WizardPage(props: WizardProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const [module, setModule] = useState(loaded);
  const [loadFailed, setLoadFailed] = useState(false);
  const plainStart = isPlainStart(location.pathname, location.search);

  // The start answers a user submitted while the wizard chunk could not load: kept to carry on with.
  const pendingBegin = useRef<StartAnswers | null>(null);

  /** Loads the wizard; on success carries on with a pending start, then shows the wizard. */
  const load = async () => {
    let m: FullWizardModule;
    try {
      m = await loadFullWizard();
    } catch {
      setLoadFailed(true);
      return;
    }
    setLoadFailed(false);
    const answers = pendingBegin.current;
    pendingBegin.current = null;
    // Move first, then switch: the wizard's own start step never flashes with empty fields.
    if (answers) navigate(m.urlAfter({ answers: {}, log: [] }, { type: 'BEGIN', answers }));
    setModule(m);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: load only when the address needs the wizard
  useEffect(() => {
    if (!module && !plainStart) void load();
  }, [module, plainStart]);

  // Before the wizard has loaded, N and 1–7 still go to a cause: as the cause list's links would.
  useEffect(() => {
    if (module) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.shiftKey || !isShortcutKey(e)) return;
      const item = indexNavItems()[e.key.toLowerCase() === 'n' ? 0 : Number(e.key) - 1];
      if (!item) return;
      e.preventDefault();
      navigate(item.href);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [module, navigate]);

  const fromHistory = (location.state as { message?: unknown } | null)?.message;
  const historyNotice =
    typeof fromHistory === 'string'
      ? {
          message: fromHistory,
          action: {
            label: 'Dismiss',
            run: () => navigate(location.pathname + location.search, { replace: true, state: null }),
          },
        }
      : null;

  if (module) return <module.FullWizard {...props} historyNotice={historyNotice} />;

  const notice = loadFailed
    ? {
        message: "We couldn't load the troubleshooting steps. Check your connection, then try again.",
        action: { label: 'Try again', run: () => void load() },
      }
    : historyNotice;
  return (
    <WizardLayout
      nav={<CauseNav items={indexNavItems()} />}
      toolbar={
        <WizardToolbar
          onBack={null}
          onRestart={null}
          escalateHref={plainEscalateUrl()}
          checkTenantHref={props.tenantCheckHref?.(location.pathname + location.search) ?? null}
        />
      }
      notice={notice}
    >
      {plainStart ? (
        <>
          <StartStep
            content={contentIndex}
            initial={{}}
            productName={props.productName}
            checkTenantHref={props.tenantCheckHref?.('/') ?? null}
            onBegin={(answers) => {
              pendingBegin.current = answers;
              void load();
            }}
          />
          <RecentSessionsSlot />
        </>
      ) : (
        <p role="status" className="text-ink-3">
          {loadFailed ? '' : 'Loading the troubleshooting steps…'}
        </p>
      )}
    </WizardLayout>
  );
}

/** Before the wizard loads, the causes show in the default order, all unchecked, as plain deep links. */
function indexNavItems(): CauseNavItem[] {
  return orderCauses(contentIndex, {}, 0).map((id) => ({
    id,
    shortTitle: contentIndex.causes.find((c) => c.id === id)?.shortTitle ?? id,
    status: 'not-checked',
    verdict: undefined,
    auto: false,
    href: `/causes/${id}`,
    current: false,
  }));
}

function plainEscalateUrl(): string {
  return encodeUrl(contentIndex, { answers: {}, log: [{ type: 'escalate', at: nowSeconds() }] }, { kind: 'escalate' });
}
