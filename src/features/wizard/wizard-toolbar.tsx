import { AppLink } from '../../components/app-link';
import { Button, buttonClass } from '../../components/button';
import { ArrowLeftIcon, MailIcon, RestartIcon, ShieldIcon } from '../../components/icons';

/** Back, Start over and Contact support, on every step. */
export function WizardToolbar({
  onBack,
  onRestart,
  escalateHref,
  checkTenantHref,
}: {
  /** Null when there is nothing to go back to. */
  onBack: (() => void) | null;
  /** Null when there is nothing to clear. */
  onRestart: (() => void) | null;
  /** Null on the escalate step itself. */
  escalateHref: string | null;
  /** The automatic tenant check, where the site offers it. */
  checkTenantHref: string | null;
}) {
  return (
    <div className="flex flex-wrap items-center gap-1 sm:gap-2">
      <Button variant="subtle" size="toolbar" onClick={onBack ?? undefined} disabled={!onBack} className="-ml-2.5">
        <ArrowLeftIcon width={18} height={18} />
        Back
      </Button>
      <Button variant="subtle" size="toolbar" onClick={onRestart ?? undefined} disabled={!onRestart}>
        <RestartIcon width={18} height={18} />
        Start over
      </Button>
      {checkTenantHref && (
        <AppLink to={checkTenantHref} className={buttonClass('subtle', 'ml-auto', 'toolbar')}>
          <ShieldIcon width={18} height={18} />
          <span className="sm:hidden">Check tenant</span>
          <span className="hidden sm:inline">Check my tenant</span>
        </AppLink>
      )}
      {escalateHref && (
        <AppLink to={escalateHref} className={buttonClass('subtle', checkTenantHref ? '' : 'ml-auto', 'toolbar')}>
          <MailIcon width={18} height={18} />
          <span className="sm:hidden">Support</span>
          <span className="hidden sm:inline">Contact support</span>
        </AppLink>
      )}
    </div>
  );
}
