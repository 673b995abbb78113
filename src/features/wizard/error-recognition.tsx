import { findCause } from '../../engine/content-lookup';
import type { ContentIndex } from '../../engine/content-schema';
import type { ErrorMatch } from '../../engine/match-error-text';

/** Live feedback under the error box: what the pasted text means and where the wizard will start. */
export function ErrorRecognition({
  content,
  match,
  text,
}: {
  content: ContentIndex;
  match: ErrorMatch | null;
  text: string;
}) {
  const cause = match && findCause(content, match.cause);
  return (
    <div role="status" className="text-sm">
      {match && cause ? (
        <p
          className="rounded-md border border-brand-line bg-brand-soft px-3 py-2 text-ink-2"
          data-recognised={match.cause}
        >
          <strong className="font-semibold text-ink">Recognised{match.code ? ` AADSTS${match.code}` : ''}:</strong>{' '}
          {match.signature.meaning} We'll start with{' '}
          <strong className="font-semibold text-ink">{cause.shortTitle}</strong>.
        </p>
      ) : text.trim() ? (
        <p className="text-ink-3">
          No known error code or message in this text. That's fine: we'll go through the likely causes in order.
        </p>
      ) : null}
    </div>
  );
}
