import { WarningIcon } from '../../components/icons';
import { CONFIG_URL } from './load-config';
import type { ConfigError } from './parse-config';

/** Shown instead of the app when /config.json is missing or wrong, naming the field to fix. */
export function ConfigErrorScreen({ error }: { error: ConfigError }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl items-center px-4 py-10">
      <section
        role="alert"
        aria-labelledby="config-error-heading"
        data-step-id="config-error"
        className="w-full space-y-4 rounded-lg border border-danger-line bg-surface p-6 shadow-card"
      >
        <div className="flex items-center gap-3">
          <WarningIcon className="shrink-0 text-danger-ink" width={28} height={28} />
          <h1 id="config-error-heading" className="font-semibold text-2xl text-ink">
            The troubleshooter's settings are broken
          </h1>
        </div>
        <p className="text-ink-2">
          This site's configuration file <code className="rounded bg-surface-3 px-1 font-mono">{CONFIG_URL}</code> has a
          problem, so the troubleshooter can't start.
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md bg-surface-2 p-4 text-sm">
          <dt className="font-semibold text-ink-2">Field</dt>
          <dd>
            <code className="font-mono text-ink" data-testid="config-error-field">
              {error.field}
            </code>
          </dd>
          <dt className="font-semibold text-ink-2">Problem</dt>
          <dd className="text-ink" data-testid="config-error-message">
            {error.field === '(the whole file)' ? 'The file' : 'It'} {error.message}.
          </dd>
        </dl>
        <p className="text-ink-3 text-sm">
          If you run this site, fix that field (see “Deploying” in the README). If you were sent here by support, let
          them know this page is down.
        </p>
      </section>
    </main>
  );
}
