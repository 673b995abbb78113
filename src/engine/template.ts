/** Placeholders content may use; each has a stand-in shown when the user has not told us the value. */
export const PLACEHOLDERS = {
  productName: 'the backup product',
  account: '<service account email>',
  appId: '<Application (client) ID>',
  providerIpRanges: "the backup provider's IP addresses (ask support for them)",
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type TemplateValues = Partial<Record<PlaceholderName, string>>;

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    isPlaceholder(name) ? values[name] || PLACEHOLDERS[name] : whole,
  );
}

export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !isPlaceholder(name));
}

function isPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}
