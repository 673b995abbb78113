import { Button } from '../../components/button';
import { WarningIcon } from '../../components/icons';

/** Says what was wrong with the link the user opened, or what failed, with a button to dismiss or retry. */
export function LinkNotice({ message, action }: { message: string; action: { label: string; run: () => void } }) {
  return (
    <div
      role="alert"
      data-testid="link-notice"
      className="flex items-start gap-3 rounded-lg border border-danger-line bg-danger-soft p-4"
    >
      <WarningIcon className="mt-0.5 shrink-0 text-danger-ink" />
      <p className="flex-1 text-ink">{message}</p>
      <Button variant="subtle" size="sm" onClick={action.run} className="-my-1">
        {action.label}
      </Button>
    </div>
  );
}
