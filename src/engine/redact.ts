/**
 * Hides tenant details in text shown on a shared screen or in a report meant for outside the support
 * team: email addresses, GUIDs (tenant, object and application IDs), IP addresses and ranges, domain
 * names and secret hints. Pure and conservative: when in doubt, hide.
 */
const RULES: [RegExp, string][] = [
  [/[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email hidden]'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '[ID hidden]'],
  // IPv6 before IPv4 and domains, so their parts are not taken for something else.
  [/(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})?(?:\/\d{1,3})?(?![\w:])/gi, '[IP hidden]'],
  [/(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?(?!\w|\.\d)/g, '[IP hidden]'],
  [/\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24})\b/gi, '[domain hidden]'],
];

/** Secret hints: the only quoted three-character values the app prints ("starts with 'Vq8'"). */
const HINTS = /(['"])[^'"\s]{3}\1/g;

/** Words that look like domains but are names the app itself prints: they stay readable. */
const KEEP =
  /^(?:microsoft\.com|graph\.microsoft\.com|learn\.microsoft\.com|entra\.microsoft\.com|admin\.microsoft\.com|login\.microsoftonline\.com|aka\.ms|example\.com)$/i;

export function redactText(text: string): string {
  let out = text.replace(HINTS, (_all, quote: string) => `${quote}[hint hidden]${quote}`);
  for (const [pattern, replacement] of RULES) {
    out = out.replace(pattern, (match) =>
      replacement === '[domain hidden]' && KEEP.test(match) ? match : replacement,
    );
  }
  return out;
}
