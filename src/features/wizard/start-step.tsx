import { type FormEvent, useId, useRef, useState } from 'react';
import { AppLink } from '../../components/app-link';
import { Button, buttonClass } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { nowSeconds } from '../../components/clock';
import { fromLocalInputValue, toLocalInputValue } from '../../components/datetime-local';
import { describedBy, Field, inputClass } from '../../components/field';
import { ArrowRightIcon, ShieldIcon } from '../../components/icons';
import { findCause } from '../../engine/content-lookup';
import type { ContentIndex } from '../../engine/content-schema';
import { isEmail, isGuid } from '../../engine/formats';
import { matchErrorText } from '../../engine/match-error-text';
import { MAX_ERROR_TEXT, type StartAnswers, type Tristate } from '../../engine/wizard-state';
import { usePresentMode } from '../../session/present-mode';
import { ErrorRecognition } from './error-recognition';
import { StepHeading } from './step-heading';
import { useErrorSignatures } from './use-error-signatures';

type Errors = Partial<Record<'changedAt' | 'account' | 'appId', string>>;

const WORKED = [
  { value: 'yes', label: 'Yes, it worked before' },
  { value: 'no', label: "No, it's a new setup" },
  { value: 'unsure', label: 'Not sure' },
] as const;
const CHANGED = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
] as const;

/** The first step: what the user sees and knows. Works from the content index alone (first load). */
export function StartStep({
  content,
  initial,
  productName,
  checkTenantHref,
  onBegin,
}: {
  content: ContentIndex;
  initial: StartAnswers;
  productName: string;
  checkTenantHref: string | null;
  onBegin: (answers: StartAnswers) => void;
}) {
  const id = useId();
  const [errorText, setErrorText] = useState(initial.errorText ?? '');
  const [workedBefore, setWorkedBefore] = useState<Tristate | undefined>(initial.workedBefore);
  const [recentChange, setRecentChange] = useState<Tristate | undefined>(initial.recentChange);
  const [changedAt, setChangedAt] = useState(initial.changedAt ? toLocalInputValue(initial.changedAt) : '');
  const [changeKind, setChangeKind] = useState(initial.changeKind ?? '');
  const [account, setAccount] = useState(initial.account ?? '');
  const [appId, setAppId] = useState(initial.appId ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const errorSummary = useRef<HTMLDivElement>(null);

  // On a shared screen the typed details are shown hidden and can't be edited (turn the mode off to edit).
  const present = usePresentMode();
  const hide = (value: string) => (present && value ? '••••••••' : value);
  const signatures = useErrorSignatures(errorText);
  const match = signatures ? matchErrorText(signatures, errorText) : null;
  const firstCause = match ? findCause(content, match.cause) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    const when = changedAt ? fromLocalInputValue(changedAt) : null;
    if (recentChange === 'yes' && changedAt && (when === null || when > nowSeconds() + 300)) {
      found.changedAt = 'Enter a date and time that has already passed, or leave it empty.';
    }
    if (account.trim() && !isEmail(account.trim()))
      found.account = 'Enter the full email address, such as backup@contoso.com.';
    if (appId.trim() && !isGuid(appId.trim())) {
      found.appId = 'An Application (client) ID looks like 1a2b3c4d-1234-5678-9abc-1234567890ab.';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => errorSummary.current?.focus());
      return;
    }
    const answers: StartAnswers = {};
    if (errorText.trim()) answers.errorText = errorText.trim().slice(0, MAX_ERROR_TEXT);
    if (workedBefore) answers.workedBefore = workedBefore;
    if (recentChange) answers.recentChange = recentChange;
    if (recentChange === 'yes' && when !== null) answers.changedAt = when;
    if (recentChange === 'yes' && changeKind) answers.changeKind = changeKind;
    if (account.trim()) answers.account = account.trim();
    if (appId.trim()) answers.appId = appId.trim().toLowerCase();
    onBegin(answers);
  };

  const errorList = Object.entries(errors);
  return (
    <section data-step-id="start" aria-labelledby="step-heading" className="space-y-6">
      <div className="space-y-3">
        <StepHeading eyebrow={`Microsoft 365 backup · ${productName}`}>
          Fix “401 Unauthorized” on your backup connection
        </StepHeading>
        <p className="max-w-prose text-ink-2 text-lg">
          When {productName} can't connect to Microsoft 365 and reports{' '}
          <strong className="text-ink">401 Unauthorized</strong>, one of seven settings is almost always the reason.
          Answer what you can below (every question is optional) and we'll take you through the likely causes, most
          likely first, each with the exact fix.
        </p>
      </div>

      <form noValidate onSubmit={submit} className="space-y-6 rounded-lg bg-surface p-4 shadow-card sm:p-6">
        {errorList.length > 0 && (
          <div
            ref={errorSummary}
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-danger-line bg-danger-soft p-4 text-ink-2"
          >
            <h2 className="font-semibold text-danger-ink">
              Please check {errorList.length === 1 ? 'this answer' : 'these answers'}
            </h2>
            <ul className="mt-1 list-disc pl-5">
              {errorList.map(([field, message]) => (
                <li key={field}>
                  <a className="text-brand-ink underline" href={`#${id}-${field}`}>
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}

        <Field
          id={`${id}-error-text`}
          label="What error do you see?"
          hint={
            present
              ? 'Details are hidden while the screen is shared.'
              : `Paste the message from ${productName} or from the sign-in log, for example “AADSTS53003”.`
          }
        >
          <textarea
            id={`${id}-error-text`}
            value={hide(errorText)}
            readOnly={present}
            onChange={(e) => setErrorText(e.target.value)}
            maxLength={MAX_ERROR_TEXT}
            rows={3}
            spellCheck={false}
            aria-describedby={`${id}-error-text-hint`}
            className={`${inputClass} font-mono text-sm`}
          />
          <ErrorRecognition content={content} match={match} text={errorText} />
        </Field>

        <ChoiceGroup
          name={`${id}-worked`}
          legend="Did this connection ever work?"
          choices={WORKED}
          value={workedBefore}
          onChange={setWorkedBefore}
        />

        <ChoiceGroup
          name={`${id}-changed`}
          legend="Did anyone change a setting in the tenant in the last day?"
          hint="Microsoft can take up to 24 hours to apply some changes everywhere."
          choices={CHANGED}
          value={recentChange}
          onChange={setRecentChange}
        />
        {recentChange === 'yes' && (
          <div className="grid gap-4 border-brand-line border-l-4 pl-4 sm:grid-cols-2">
            <Field
              id={`${id}-changedAt`}
              label="When was it changed?"
              hint="Your local time. Leave empty if you don't know."
              error={errors.changedAt}
            >
              <input
                id={`${id}-changedAt`}
                type="datetime-local"
                value={changedAt}
                onChange={(e) => setChangedAt(e.target.value)}
                aria-invalid={errors.changedAt ? true : undefined}
                aria-describedby={describedBy(`${id}-changedAt`, true, Boolean(errors.changedAt))}
                className={inputClass}
              />
            </Field>
            <Field id={`${id}-changeKind`} label="What was changed?" hint="It decides how long to wait.">
              <select
                id={`${id}-changeKind`}
                value={changeKind}
                onChange={(e) => setChangeKind(e.target.value)}
                aria-describedby={`${id}-changeKind-hint`}
                className={inputClass}
              >
                <option value="">Choose…</option>
                {content.flow.changeKinds.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        )}

        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={`${id}-account`}
            label="Service account email"
            hint={`The account ${productName} signs in with. We fill it into the commands for you.`}
            error={errors.account}
          >
            <input
              id={`${id}-account`}
              type="email"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              value={hide(account)}
              readOnly={present}
              onChange={(e) => setAccount(e.target.value)}
              aria-invalid={errors.account ? true : undefined}
              aria-describedby={describedBy(`${id}-account`, true, Boolean(errors.account))}
              className={inputClass}
            />
          </Field>
          <Field
            id={`${id}-appId`}
            label="Application (client) ID"
            hint="From the backup's app registration, if you have it."
            error={errors.appId}
          >
            <input
              id={`${id}-appId`}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={hide(appId)}
              readOnly={present}
              onChange={(e) => setAppId(e.target.value)}
              aria-invalid={errors.appId ? true : undefined}
              aria-describedby={describedBy(`${id}-appId`, true, Boolean(errors.appId))}
              className={`${inputClass} font-mono text-sm`}
            />
          </Field>
        </div>

        <p className="flex gap-2 text-ink-3 text-sm">
          <ShieldIcon width={18} height={18} className="mt-0.5 shrink-0" />
          Never enter a password, App Password or Application Secret here. What you type stays in this browser tab and
          its address; nothing is sent anywhere.
        </p>

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary">
            {firstCause ? `Start with ${firstCause.shortTitle}` : 'Find the cause'}
            <ArrowRightIcon width={18} height={18} />
          </Button>
          <span className="text-ink-3 text-sm">or pick any cause from the list.</span>
        </div>
      </form>

      {checkTenantHref && (
        <aside
          aria-labelledby="tenant-check-heading"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-brand-line bg-brand-soft p-4"
        >
          <ShieldIcon className="shrink-0 text-brand-ink" />
          <div className="min-w-0 flex-1">
            <h2 id="tenant-check-heading" className="font-semibold text-ink">
              Can you sign in to the tenant?
            </h2>
            <p className="text-ink-2 text-sm">
              With read access (Global Reader is enough) the troubleshooter checks all seven causes for you, read-only.
            </p>
          </div>
          <AppLink to={checkTenantHref} className={buttonClass('secondary')}>
            Check my tenant automatically
          </AppLink>
        </aside>
      )}
    </section>
  );
}
