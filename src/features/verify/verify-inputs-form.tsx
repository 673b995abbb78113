import { type FormEvent, useId, useState } from 'react';
import type { VerifyInputs } from '../../checks/types';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { describedBy, Field, inputClass } from '../../components/field';
import { ShieldIcon } from '../../components/icons';
import { isEmail, isGuid } from '../../engine/formats';
import { usePresentMode } from '../../session/present-mode';

type ErrorKind = 'missing' | 'invalid';
type Errors = Partial<Record<'account' | 'appId' | 'providerIps', ErrorKind>>;

/** What is wrong with a field; in screen-share mode without an example, and with how to change it. */
function errorText(field: keyof Errors, kind: ErrorKind, present: boolean): string {
  const unlock = present ? ' Turn screen-share mode off to change it.' : '';
  if (field === 'account') {
    if (kind === 'missing') return `The checks need the service account’s email address.${unlock}`;
    return present
      ? `This is not a full email address.${unlock}`
      : 'Enter the full email address, such as backup@contoso.com.';
  }
  if (field === 'appId') return `An Application (client) ID is a GUID.${unlock}`;
  return present
    ? `Each line must be one IP address or range.${unlock}`
    : 'One address per line, such as 203.0.113.10 or 203.0.113.0/24.';
}

/** Added to the hints of the fields whose values are hidden on a shared screen. */
const HIDDEN_HINT = 'Hidden while the screen is shared: turn screen-share mode off to change it.';

const SETUPS = [
  { value: 'mfa', label: 'MFA setup (App Password)' },
  { value: 'simple', label: 'Simple setup (password)' },
  { value: 'unknown', label: 'Not sure' },
] as const;

/**
 * What the checks need to know. The App Password and the Application Secret are asked for by their
 * first three characters only: enough to compare with the secret hints Graph returns, never the secret.
 * In screen-share mode every field holding a tenant detail is masked and read-only (as on the start
 * step): the check still runs with the values, and nobody watching sees them.
 */
export function VerifyInputsForm({
  initial,
  ipRangesFromConfig,
  productName,
  submitLabel,
  onSubmit,
}: {
  initial: VerifyInputs;
  ipRangesFromConfig: readonly string[];
  productName: string;
  submitLabel: string;
  onSubmit: (inputs: VerifyInputs) => void;
}) {
  const id = useId();
  const [account, setAccount] = useState(initial.account ?? '');
  const [appId, setAppId] = useState(initial.appId ?? '');
  const [ips, setIps] = useState(initial.providerIps.join('\n'));
  const [setup, setSetup] = useState<VerifyInputs['setup']>(initial.setup);
  const [appPasswordPrefix, setAppPasswordPrefix] = useState(initial.appPasswordPrefix ?? '');
  const [secretPrefix, setSecretPrefix] = useState(initial.secretPrefix ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const present = usePresentMode();
  const hide = (value: string, mask = '••••••••') => (present && value ? mask : value);
  const hint = (text: string) => (present ? `${text} ${HIDDEN_HINT}` : text);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const providerIps = ips
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const found: Errors = {};
    if (!account.trim()) found.account = 'missing';
    else if (!isEmail(account.trim())) found.account = 'invalid';
    if (appId.trim() && !isGuid(appId.trim())) found.appId = 'invalid';
    if (providerIps.some((ip) => !/^[0-9a-f.:]+(\/\d{1,3})?$/i.test(ip))) found.providerIps = 'invalid';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({
      account: account.trim(),
      ...(appId.trim() ? { appId: appId.trim().toLowerCase() } : {}),
      providerIps,
      setup,
      ...(appPasswordPrefix ? { appPasswordPrefix } : {}),
      ...(secretPrefix ? { secretPrefix } : {}),
    });
  };

  const field = (name: keyof Errors) => ({
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(`${id}-${name}`, true, Boolean(errors[name])),
  });
  const error = (name: keyof Errors) => {
    const kind = errors[name];
    return kind ? errorText(name, kind, present) : undefined;
  };

  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-label="What to check">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={`${id}-account`}
          label="Service account email"
          hint={hint(`The account ${productName} signs in with.`)}
          error={error('account')}
        >
          <input
            id={`${id}-account`}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={hide(account)}
            readOnly={present}
            onChange={(e) => setAccount(e.target.value)}
            className={inputClass}
            {...field('account')}
          />
        </Field>
        <Field
          id={`${id}-appId`}
          label="Application (client) ID"
          hint={hint("Of the backup's app registration; without it the app and secret checks are skipped.")}
          error={error('appId')}
        >
          <input
            id={`${id}-appId`}
            autoComplete="off"
            spellCheck={false}
            value={hide(appId)}
            readOnly={present}
            onChange={(e) => setAppId(e.target.value)}
            className={`${inputClass} font-mono text-sm`}
            {...field('appId')}
          />
        </Field>
      </div>

      <Field
        id={`${id}-providerIps`}
        label="The backup provider's IP addresses"
        hint={hint(
          ipRangesFromConfig.length
            ? 'From this site’s settings. Conditional Access is evaluated as if the backup signed in from each.'
            : 'One per line, if support gave you them. Without them, Conditional Access is evaluated from anywhere.',
        )}
        error={error('providerIps')}
      >
        <textarea
          id={`${id}-providerIps`}
          rows={2}
          spellCheck={false}
          value={hide(ips)}
          readOnly={present}
          onChange={(e) => setIps(e.target.value)}
          className={`${inputClass} font-mono text-sm`}
          {...field('providerIps')}
        />
      </Field>

      <ChoiceGroup
        name={`${id}-setup`}
        legend="Which setup did you follow?"
        choices={SETUPS}
        value={setup}
        onChange={setSetup}
      />

      <fieldset className="space-y-3 rounded-md border border-line-2 p-4">
        <legend className="px-1 font-semibold text-ink text-sm">Optional: spot swapped or wrong secrets</legend>
        <p className="flex gap-2 text-ink-2 text-sm" id={`${id}-prefix-why`}>
          <ShieldIcon width={18} height={18} className="mt-0.5 shrink-0" />
          Type only the first 3 characters of what is in {productName}. Microsoft Graph shows the first 3 characters of
          each Application Secret, so we can tell a wrong or swapped value without the secret. They stay in this page
          and are never sent or stored.{present && ` ${HIDDEN_HINT}`}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${id}-appPassword`} label="App Password: first 3 characters">
            <input
              id={`${id}-appPassword`}
              maxLength={3}
              autoComplete="off"
              spellCheck={false}
              value={hide(appPasswordPrefix, '•••')}
              readOnly={present}
              onChange={(e) => setAppPasswordPrefix(e.target.value.slice(0, 3))}
              aria-describedby={`${id}-prefix-why`}
              className={`${inputClass} max-w-32 font-mono`}
            />
          </Field>
          <Field id={`${id}-secret`} label="Application Secret: first 3 characters">
            <input
              id={`${id}-secret`}
              maxLength={3}
              autoComplete="off"
              spellCheck={false}
              value={hide(secretPrefix, '•••')}
              readOnly={present}
              onChange={(e) => setSecretPrefix(e.target.value.slice(0, 3))}
              aria-describedby={`${id}-prefix-why`}
              className={`${inputClass} max-w-32 font-mono`}
            />
          </Field>
        </div>
      </fieldset>

      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
    </form>
  );
}
