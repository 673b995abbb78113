import { CopyButton } from './copy-button';

/** A command to run, with its label and a copy button. */
export function CodeBlock({ label, code, language }: { label: string; code: string; language: string }) {
  return (
    <figure className="overflow-hidden rounded-md border border-line bg-surface-2">
      <figcaption className="flex flex-wrap items-center justify-between gap-2 border-line border-b px-3 py-1.5 text-ink-2 text-xs">
        <span>
          <span className="font-semibold">{label}</span>
          <span className="text-ink-3"> · {language === 'powershell' ? 'PowerShell' : 'Text'}</span>
        </span>
        <CopyButton text={code} label="Copy" variant="subtle" />
      </figcaption>
      <pre tabIndex={0} className="overflow-x-auto p-3 font-mono text-[13px] text-ink leading-relaxed">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
