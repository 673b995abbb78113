import type { ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'subtle';
/** `md` for actions, `sm` for secondary actions inside content, `toolbar` tightens on narrow screens. */
export type ButtonSize = 'md' | 'sm' | 'toolbar';

const base =
  'inline-flex items-center justify-center gap-2 rounded-md font-semibold text-sm ' +
  'transition-colors disabled:cursor-not-allowed disabled:opacity-50 [&>svg]:shrink-0';

const variants: Record<ButtonVariant, string> = {
  primary:
    'bg-brand-fill text-on-brand hover:bg-brand-fill-hover active:bg-brand-fill-pressed border border-transparent',
  secondary: 'bg-surface text-ink border border-line hover:bg-surface-3 active:bg-line-2',
  subtle: 'bg-transparent text-ink-2 border border-transparent hover:bg-surface-3 active:bg-line-2',
};

const sizes: Record<ButtonSize, string> = {
  md: 'min-h-10 px-4 py-2',
  sm: 'min-h-8 px-3 py-1',
  toolbar: 'min-h-10 px-2.5 py-2 sm:px-4',
};

/** The class list of a button, for links that look like buttons. `extra` must not set padding or height. */
export function buttonClass(variant: ButtonVariant = 'secondary', extra = '', size: ButtonSize = 'md'): string {
  return `${base} ${variants[variant]} ${sizes[size]} ${extra}`;
}

export function Button({
  variant = 'secondary',
  size = 'md',
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass(variant, className, size)} {...props} />;
}
