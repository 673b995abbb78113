import { Callout } from '../../components/callout';
import { ExternalLink, RichText } from '../../components/rich-text';
import type { Cause } from '../../engine/content-schema';

/** Why the cause happens and how today's guidance relates to the original support article. */
export function CauseWhy({ cause }: { cause: Cause }) {
  return (
    <section aria-labelledby="why-heading" className="space-y-2">
      <h2 id="why-heading" className="font-semibold text-ink text-lg">
        Why this happens
      </h2>
      {cause.why.map((p) => (
        <p key={p} className="max-w-prose text-ink-2">
          <RichText text={p} />
        </p>
      ))}
    </section>
  );
}

export function ArticleNote({ cause }: { cause: Cause }) {
  const { article } = cause;
  if (!article.departs) {
    return (
      <p className="text-ink-3 text-sm" data-article="matches">
        Matches the original support article: “{article.says}”
      </p>
    );
  }
  return (
    <div data-article="departs">
      <Callout tone="warning" title="This differs from the original support article">
        <p>
          <span className="font-semibold text-ink">The article says:</span> “{article.says}”
        </p>
        <p className="font-semibold text-ink">What is true today:</p>
        {article.today.map((p) => (
          <p key={p}>
            <RichText text={p} />
          </p>
        ))}
      </Callout>
    </div>
  );
}

/** Sources and review date: every cause shows where its guidance comes from and how fresh it is. */
export function CauseSources({ cause }: { cause: Cause }) {
  const reviewed = new Date(`${cause.lastReviewed}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <footer className="space-y-2 border-line-2 border-t pt-4 text-sm">
      <h2 className="font-semibold text-ink-2">Sources</h2>
      <ul className="space-y-1">
        {cause.sources.map((s) => (
          <li key={s.url}>
            <ExternalLink href={s.url}>{s.title}</ExternalLink>
          </li>
        ))}
      </ul>
      <p className="text-ink-3">
        Last reviewed <time dateTime={cause.lastReviewed}>{reviewed}</time>
      </p>
    </footer>
  );
}
