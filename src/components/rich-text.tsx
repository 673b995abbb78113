import { createContext, type ReactNode, useContext } from 'react';
import { parseRichText, type RichToken } from '../engine/rich-text';
import { fillTemplate, type TemplateValues } from '../engine/template';
import { ExternalIcon } from './icons-after-start';

/** Values for the placeholders in content ({productName}, {account}, …), provided once by the app. */
export const TemplateValuesContext = createContext<TemplateValues>({});

export function useFillTemplate(): (text: string) => string {
  const values = useContext(TemplateValuesContext);
  return (text) => fillTemplate(text, values);
}

/** One sentence or paragraph of content, with its placeholders filled and its markup rendered. */
export function RichText({ text }: { text: string }): ReactNode {
  const fill = useFillTemplate();
  return parseRichText(fill(text)).map(renderToken);
}

function renderToken(token: RichToken, i: number): ReactNode {
  const key = `${i}-${token.kind}`;
  if (token.kind === 'text') return token.text;
  if (token.kind === 'strong') {
    return (
      <strong key={key} className="font-semibold text-ink">
        {token.text}
      </strong>
    );
  }
  if (token.kind === 'code') {
    return (
      <code key={key} className="rounded bg-surface-3 px-1 py-0.5 font-mono text-[0.875em] text-ink">
        {token.text}
      </code>
    );
  }
  return (
    <ExternalLink key={key} href={token.href}>
      {token.text}
    </ExternalLink>
  );
}

export function ExternalLink({
  href,
  children,
  className = '',
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      className={`font-medium text-brand-ink underline decoration-1 underline-offset-2 hover:decoration-2 ${className}`}
    >
      {children}
      <ExternalIcon width={14} height={14} className="ml-0.5 inline align-[-2px]" />
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
