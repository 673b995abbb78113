import { useEffect, useState } from 'react';
import { Button, type ButtonVariant } from './button';
import { CheckIcon } from './icons';
import { CopyIcon } from './icons-after-start';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and says so. When the browser refuses (no permission, insecure page),
 * it says that instead, so the user knows to select the text by hand.
 */
export function CopyButton({
  text,
  label = 'Copy',
  variant = 'secondary',
  className = '',
}: {
  text: string;
  label?: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className={`inline-flex items-center gap-2 ${className}`}>
      <Button variant={variant} size="sm" onClick={copy}>
        {state === 'copied' ? <CheckIcon width={16} height={16} /> : <CopyIcon width={16} height={16} />}
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <span role="status" className="text-ink-3 text-xs">
        {state === 'failed' ? 'Copy was blocked by the browser: select the text and copy it by hand.' : ''}
      </span>
    </span>
  );
}
