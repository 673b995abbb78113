import { err, type Result } from '../../engine/result';
import { type AppConfig, type ConfigError, parseConfig } from './parse-config';

export const CONFIG_URL = '/config.json';

/** Fetches and validates the runtime config; every failure becomes a ConfigError the screen can name. */
export async function loadConfig(fetchFn: typeof fetch = fetch): Promise<Result<AppConfig, ConfigError>> {
  let response: Response;
  try {
    response = await fetchFn(CONFIG_URL);
  } catch {
    return err({
      field: '(the whole file)',
      message: `could not be loaded from ${CONFIG_URL}: the server did not answer`,
    });
  }
  if (!response.ok) {
    return err({
      field: '(the whole file)',
      message: `could not be loaded from ${CONFIG_URL} (HTTP ${response.status})`,
    });
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return err({ field: '(the whole file)', message: 'is not valid JSON' });
  }
  return parseConfig(raw);
}
