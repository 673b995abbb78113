// A tiny templating helper: `html` joins arrays and drops false/null/undefined, so screens can map and branch.
const flat = (value) => {
  if (Array.isArray(value)) return value.map(flat).join('');
  if (value === false || value === null || value === undefined) return '';
  return String(value);
};

/** Tagged template for HTML fragments (sources are trusted: nothing is escaped). */
export function html(strings, ...values) {
  return strings.reduce((out, part, i) => out + part + (i < values.length ? flat(values[i]) : ''), '');
}

/** The attribute that marks a callout target: the renderer records this element's box under `id`. */
export function co(id) {
  return id ? `data-callout="${id}"` : '';
}
