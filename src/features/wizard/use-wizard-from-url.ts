import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { nowSeconds } from '../../components/clock';
import { findCause } from '../../engine/content-lookup';
import type { Content } from '../../engine/content-schema';
import { replay } from '../../engine/replay';
import { transition, type WizardEvent } from '../../engine/transition';
import { urlAfter } from '../../engine/url-after';
import { decodeUrl, type UrlStateError } from '../../engine/url-codec';
import { encodeUrl } from '../../engine/url-encode';
import type { WizardState } from '../../engine/wizard-state';
import type { Wizard } from './wizard-context';

/** A message for the user about the link they opened, carried in the history entry of the fresh start. */
interface LinkNotice {
  message: string;
}

const EMPTY: WizardState = { answers: {}, log: [] };

/**
 * The URL is the wizard's only store: this hook reads the state from it and writes every change back
 * as a new history entry, so reload, share and the browser's Back button all just work.
 */
export function useWizardFromUrl(content: Content): {
  wizard: Wizard | null;
  problem: string | null;
  clearProblem: () => void;
} {
  const location = useLocation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);

  const decoded = useMemo(
    () => decodeUrl(content, location.pathname, location.search, nowSeconds()),
    [content, location.pathname, location.search],
  );

  // A bad link: start afresh (at the cause it named, if any) and say what was wrong with it.
  useEffect(() => {
    if (decoded.ok) return;
    const fresh = freshStart(content, decoded.error);
    navigate(fresh, {
      replace: true,
      state: { message: describeLinkError(content, decoded.error) } satisfies LinkNotice,
    });
  }, [content, decoded, navigate]);

  const state = decoded.ok ? decoded.value : null;
  const view = useMemo(() => {
    if (!state) return null;
    const r = replay(content, state);
    return r.ok ? r.value : null;
  }, [content, state]);

  // A plain deep link (/causes/x) gets its state written into the address, so it survives a reload as is.
  useEffect(() => {
    if (!state || !view) return;
    const canonical = encodeUrl(content, state, view.step);
    if (canonical !== location.pathname + location.search) {
      navigate(canonical, { replace: true, state: location.state });
    }
  }, [content, state, view, location, navigate]);

  const hrefFor = useCallback(
    (event: WizardEvent) => (state ? urlAfter(content, state, event, nowSeconds()) : '/'),
    [content, state],
  );

  const dispatch = useCallback(
    (event: WizardEvent, options: { replace?: boolean } = {}) => {
      if (!state) return;
      const next = transition(content, state, event, nowSeconds());
      if (!next.ok) {
        setProblem(next.error);
        return;
      }
      setProblem(null);
      navigate(encodeUrl(content, next.value.state, next.value.view.step), { replace: options.replace ?? false });
    },
    [content, state, navigate],
  );

  const clearProblem = useCallback(() => setProblem(null), []);

  return {
    wizard: state && view ? { content, state, view, dispatch, hrefFor } : null,
    problem: problem ? `That didn't work: ${problem}.` : null,
    clearProblem,
  };
}

function freshStart(content: Content, error: UrlStateError): string {
  if (!error.restartAt) return '/';
  return urlAfter(content, EMPTY, { type: 'JUMP', causeId: error.restartAt }, nowSeconds());
}

function describeLinkError(content: Content, error: UrlStateError): string {
  const where = error.restartAt ? findCause(content, error.restartAt)?.shortTitle : undefined;
  const restart = where ? `You're at the start of “${where}” instead.` : "You're at a fresh start instead.";
  return `We couldn't open that link: ${error.message}. ${restart}`;
}
