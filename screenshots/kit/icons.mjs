// Outline icons in the spirit of Fluent System Icons (drawn here, 20×20 grid), as inline SVG strings.
const stroke = (body, size) =>
  `<svg width="${size}" height="${size}" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.25" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${body}</svg>`;
const solid = (body, size) =>
  `<svg width="${size}" height="${size}" viewBox="0 0 20 20" aria-hidden="true">${body}</svg>`;

const shapes = {
  search: '<circle cx="8.5" cy="8.5" r="5"/><path d="M12.2 12.2 17 17"/>',
  bell: '<path d="M5 13.5V9a5 5 0 0 1 10 0v4.5l1.5 1.5h-13z"/><path d="M8 16.5a2 2 0 0 0 4 0"/>',
  gear: '<circle cx="10" cy="10" r="2.5"/><path d="M10 2.5l1.3 1.8 2.2-.4.6 2.1 2 1-.8 2 .8 2-2 1-.6 2.1-2.2-.4L10 17.5l-1.3-1.8-2.2.4-.6-2.1-2-1 .8-2-.8-2 2-1 .6-2.1 2.2.4z"/>',
  help: '<circle cx="10" cy="10" r="7.5"/><path d="M8 8a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5"/><circle cx="10" cy="14" r=".4" fill="currentColor"/>',
  feedback: '<path d="M3.5 4.5h13v9h-7l-3.5 3v-3h-2.5z"/><path d="M7 8h6M7 10.5h4"/>',
  chevronRight: '<path d="M7.5 4.5 13 10l-5.5 5.5"/>',
  chevronDown: '<path d="M4.5 7.5 10 13l5.5-5.5"/>',
  chevronUp: '<path d="M4.5 12.5 10 7l5.5 5.5"/>',
  chevronLeft: '<path d="M12.5 4.5 7 10l5.5 5.5"/>',
  doubleLeft: '<path d="M10 5 5 10l5 5M15 5l-5 5 5 5"/>',
  home: '<path d="M3.5 9 10 3.5 16.5 9v7.5h-4.5v-5h-4v5H3.5z"/>',
  star: '<path d="m10 3 2.1 4.4 4.8.6-3.5 3.3.9 4.7L10 13.7 5.7 16l.9-4.7L3.1 8l4.8-.6z"/>',
  waffle:
    '<g fill="currentColor" stroke="none"><circle cx="4.5" cy="4.5" r="1.3"/><circle cx="10" cy="4.5" r="1.3"/><circle cx="15.5" cy="4.5" r="1.3"/><circle cx="4.5" cy="10" r="1.3"/><circle cx="10" cy="10" r="1.3"/><circle cx="15.5" cy="10" r="1.3"/><circle cx="4.5" cy="15.5" r="1.3"/><circle cx="10" cy="15.5" r="1.3"/><circle cx="15.5" cy="15.5" r="1.3"/></g>',
  person: '<circle cx="10" cy="6.5" r="3.2"/><path d="M3.8 17c.6-3.4 3.1-5.2 6.2-5.2s5.6 1.8 6.2 5.2"/>',
  people:
    '<circle cx="7.5" cy="7" r="2.8"/><path d="M2.5 16.5c.5-2.9 2.5-4.4 5-4.4s4.5 1.5 5 4.4"/><circle cx="14" cy="7.5" r="2.2"/><path d="M13.5 12.2c2 .1 3.6 1.4 4 3.8"/>',
  group:
    '<circle cx="10" cy="6" r="2.5"/><circle cx="4.5" cy="8" r="1.8"/><circle cx="15.5" cy="8" r="1.8"/><path d="M6 16c.3-2.8 1.8-4.3 4-4.3s3.7 1.5 4 4.3M1.8 14.5c.3-1.8 1.3-2.7 2.7-2.7M18.2 14.5c-.3-1.8-1.3-2.7-2.7-2.7"/>',
  laptop: '<rect x="4" y="4.5" width="12" height="8.5" rx="1"/><path d="M2 15.5h16"/>',
  apps: '<rect x="3.5" y="3.5" width="5.5" height="5.5" rx="1"/><rect x="11" y="3.5" width="5.5" height="5.5" rx="1"/><rect x="3.5" y="11" width="5.5" height="5.5" rx="1"/><rect x="11" y="11" width="5.5" height="5.5" rx="1"/>',
  appReg:
    '<rect x="3.5" y="3.5" width="5.5" height="5.5" rx="1"/><rect x="11" y="3.5" width="5.5" height="5.5" rx="1"/><rect x="3.5" y="11" width="5.5" height="5.5" rx="1"/><path d="M13.75 11v5.5M11 13.75h5.5"/>',
  shield: '<path d="M10 2.8 16 5v4.6c0 3.6-2.5 6.4-6 7.6-3.5-1.2-6-4-6-7.6V5z"/>',
  shieldCheck:
    '<path d="M10 2.8 16 5v4.6c0 3.6-2.5 6.4-6 7.6-3.5-1.2-6-4-6-7.6V5z"/><path d="m7.3 10 1.9 1.9 3.6-3.8"/>',
  shieldPerson:
    '<path d="M10 2.8 16 5v4.6c0 3.6-2.5 6.4-6 7.6-3.5-1.2-6-4-6-7.6V5z"/><circle cx="10" cy="8.2" r="1.8"/><path d="M6.9 13.6c.6-1.6 1.7-2.4 3.1-2.4s2.5.8 3.1 2.4"/>',
  key: '<circle cx="6.5" cy="13.5" r="3"/><path d="m8.7 11.3 7.3-7.3M13.5 6.5l2 2M11.5 8.5l1.5 1.5"/>',
  lock: '<rect x="4.5" y="8.5" width="11" height="8.5" rx="1.5"/><path d="M7 8.5V6a3 3 0 0 1 6 0v2.5"/>',
  pulse: '<path d="M2.5 10.5h3.5l2-4.5 3.5 8 2-3.5h4"/>',
  heartPulse:
    '<path d="M10 16.5S3 12.5 3 7.6A3.6 3.6 0 0 1 10 6a3.6 3.6 0 0 1 7 1.6c0 4.9-7 8.9-7 8.9z"/><path d="M5.5 10h2.5l1-2 2 4 1-2h2.5"/>',
  info: '<circle cx="10" cy="10" r="7.5"/><path d="M10 9v5"/><circle cx="10" cy="6.5" r=".4" fill="currentColor"/>',
  warning:
    '<path d="M10 3.2 17.5 16.5h-15z"/><path d="M10 8v4"/><circle cx="10" cy="14.2" r=".4" fill="currentColor"/>',
  check: '<path d="m4.5 10.5 3.5 3.5 7.5-8"/>',
  close: '<path d="m5 5 10 10M15 5 5 15"/>',
  plus: '<path d="M10 4v12M4 10h12"/>',
  save: '<path d="M4 4.5A.5.5 0 0 1 4.5 4h9l2.5 2.5v9a.5.5 0 0 1-.5.5h-11a.5.5 0 0 1-.5-.5z"/><path d="M7 4v3.5h5V4M6.5 16v-5h7v5"/>',
  discard: '<path d="m5.5 5.5 9 9M14.5 5.5l-9 9"/>',
  refresh: '<path d="M16 10a6 6 0 1 1-1.8-4.3"/><path d="M16 3.5v3.5h-3.5"/>',
  columns: '<rect x="3.5" y="4" width="13" height="12" rx="1"/><path d="M8 4v12M12 4v12"/>',
  download: '<path d="M10 3.5v9M6.5 9 10 12.5 13.5 9M4 16.5h12"/>',
  upload: '<path d="M10 12.5v-9M6.5 7 10 3.5 13.5 7M4 16.5h12"/>',
  filter: '<path d="M3.5 5h13M6 10h8M8.5 15h3"/>',
  more: '<g fill="currentColor" stroke="none"><circle cx="4.5" cy="10" r="1.2"/><circle cx="10" cy="10" r="1.2"/><circle cx="15.5" cy="10" r="1.2"/></g>',
  copy: '<rect x="6.5" y="6.5" width="9" height="10" rx="1.5"/><path d="M13.5 6.5V5A1.5 1.5 0 0 0 12 3.5H6A1.5 1.5 0 0 0 4.5 5v8A1.5 1.5 0 0 0 6 14.5h.5"/>',
  edit: '<path d="M13 4.5 15.5 7 8 14.5l-3.3.8.8-3.3z"/><path d="m11.5 6 2.5 2.5"/>',
  delete: '<path d="M4 6h12M8 6V4.5h4V6M5.5 6l.8 10h7.4l.8-10"/>',
  globe: '<circle cx="10" cy="10" r="7"/><path d="M3 10h14M10 3c2 2 3 4.5 3 7s-1 5-3 7c-2-2-3-4.5-3-7s1-5 3-7z"/>',
  location: '<path d="M10 17s5.5-5 5.5-9a5.5 5.5 0 0 0-11 0c0 4 5.5 9 5.5 9z"/><circle cx="10" cy="8" r="2"/>',
  eye: '<path d="M2.5 10s2.8-5 7.5-5 7.5 5 7.5 5-2.8 5-7.5 5-7.5-5-7.5-5z"/><circle cx="10" cy="10" r="2.3"/>',
  eyeOff:
    '<path d="M2.5 10s2.8-5 7.5-5 7.5 5 7.5 5-2.8 5-7.5 5-7.5-5-7.5-5z"/><circle cx="10" cy="10" r="2.3"/><path d="m3.5 3.5 13 13"/>',
  document: '<path d="M5 3.5h6.5L15 7v9.5H5z"/><path d="M11.5 3.5V7H15"/>',
  building:
    '<path d="M4.5 17V3.5h8V17M12.5 8h3V17M3 17h14"/><path d="M7 6.5h1M9.5 6.5h1M7 9.5h1M9.5 9.5h1M7 12.5h1M9.5 12.5h1"/>',
  pin: '<path d="M12 3.5 16.5 8l-2.3.8-3 3 .3 3.2-1.5 1.5L4 10.5 5.5 9l3.2.3 3-3z"/><path d="m7 13-3.5 3.5"/>',
  sparkle: '<path d="M10 3c.6 3.6 2.4 5.4 6 6-3.6.6-5.4 2.4-6 6-.6-3.6-2.4-5.4-6-6 3.6-.6 5.4-2.4 6-6z"/>',
  sync: '<path d="M4 10a6 6 0 0 1 10.3-4.2L16 7.5M16 4v3.5h-3.5M16 10a6 6 0 0 1-10.3 4.2L4 12.5M4 16v-3.5h3.5"/>',
  flask: '<path d="M8 3.5h4M8.5 3.5v4.5L4.5 15a1 1 0 0 0 .9 1.5h9.2a1 1 0 0 0 .9-1.5L11.5 8V3.5"/>',
  branch:
    '<circle cx="6" cy="5" r="1.8"/><circle cx="6" cy="15" r="1.8"/><circle cx="14" cy="7" r="1.8"/><path d="M6 6.8v6.4M14 8.8c0 3-8 2-8 4.4"/>',
  list: '<path d="M7 5.5h9.5M7 10h9.5M7 14.5h9.5"/><circle cx="3.8" cy="5.5" r=".5" fill="currentColor"/><circle cx="3.8" cy="10" r=".5" fill="currentColor"/><circle cx="3.8" cy="14.5" r=".5" fill="currentColor"/>',
  wrench:
    '<path d="M12.5 3.5a4 4 0 0 0-4 5.2L3.8 13.4a1.6 1.6 0 0 0 2.3 2.3l4.7-4.7a4 4 0 0 0 5.2-4l-2.4 2.4-2.3-.6-.6-2.3z"/>',
  phone: '<rect x="6" y="2.5" width="8" height="15" rx="1.5"/><path d="M9 15h2"/>',
  password:
    '<rect x="2.5" y="6" width="15" height="8" rx="1.5"/><g fill="currentColor" stroke="none"><circle cx="6.5" cy="10" r="1"/><circle cx="10" cy="10" r="1"/><circle cx="13.5" cy="10" r="1"/></g>',
  authenticator: '<rect x="5.5" y="2.5" width="9" height="15" rx="1.5"/><path d="m8 10 1.5 1.5L12.5 8.5"/>',
  mail: '<rect x="3" y="5" width="14" height="10" rx="1"/><path d="m3.5 5.5 6.5 5 6.5-5"/>',
  signOut: '<path d="M8 4H4.5v12H8M11.5 7 14.5 10l-3 3M14.5 10H7.5"/>',
  database:
    '<ellipse cx="10" cy="5" rx="6" ry="2"/><path d="M4 5v10c0 1.1 2.7 2 6 2s6-.9 6-2V5M4 10c0 1.1 2.7 2 6 2s6-.9 6-2"/>',
  cloud: '<path d="M6 15.5a3.5 3.5 0 0 1-.5-7 4.5 4.5 0 0 1 8.7-.8A3.5 3.5 0 0 1 14.5 15.5z"/>',
  chart: '<path d="M3.5 16.5h13M6 13.5v-3M10 13.5v-7M14 13.5v-5"/>',
  restore: '<path d="M4 10a6 6 0 1 0 1.8-4.3"/><path d="M4 3.5V7h3.5M10 7v3.5l2.5 1.5"/>',
  plug: '<path d="M7.5 3.5v3.5M12.5 3.5v3.5M5.5 7h9v2.5a4.5 4.5 0 0 1-9 0zM10 14v3"/>',
  terminal: '<rect x="2.5" y="4" width="15" height="12" rx="1.5"/><path d="m5.5 8 2.5 2-2.5 2M9.5 12.5h4"/>',
  window: '<rect x="4.5" y="4.5" width="11" height="11"/>',
  minimize: '<path d="M4.5 10h11"/>',
  org: '<rect x="7.5" y="3" width="5" height="4" rx=".5"/><rect x="2.5" y="13" width="5" height="4" rx=".5"/><rect x="12.5" y="13" width="5" height="4" rx=".5"/><path d="M10 7v3M5 13v-3h10v3"/>',
  health: '<path d="M10 16.5S3 12.5 3 7.6A3.6 3.6 0 0 1 10 6a3.6 3.6 0 0 1 7 1.6c0 4.9-7 8.9-7 8.9z"/>',
  card: '<rect x="2.5" y="5" width="15" height="10" rx="1.5"/><path d="M2.5 8.5h15M5.5 12h3"/>',
  sites: '<circle cx="10" cy="10" r="7"/><path d="M3 10h14M10 3c2 2 3 4.5 3 7s-1 5-3 7"/>',
  policy: '<path d="M5 3.5h10v13H5z"/><path d="M7.5 7h5M7.5 10h5M7.5 13h3"/>',
  content: '<path d="M4 4h12v12H4z"/><path d="M4 8h12M8 8v8"/>',
  migrate: '<path d="M3.5 7h10l-3-3M16.5 13h-10l3 3"/>',
  reports: '<path d="M4 16.5V3.5h12v13z"/><path d="M7 13v-3M10 13V7M13 13v-5"/>',
  connector: '<path d="M4 10h4M12 10h4"/><rect x="8" y="7" width="4" height="6" rx="1"/>',
};

const solids = {
  errorCircle:
    '<circle cx="10" cy="10" r="8" fill="#c50f1f"/><path d="m7.2 7.2 5.6 5.6M12.8 7.2l-5.6 5.6" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/>',
  checkCircle:
    '<circle cx="10" cy="10" r="8" fill="#107c10"/><path d="m6.5 10.2 2.4 2.4 4.6-4.8" stroke="#fff" stroke-width="1.6" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
  infoCircle:
    '<circle cx="10" cy="10" r="8" fill="#0f6cbd"/><path d="M10 9v4.5" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/><circle cx="10" cy="6.4" r="1" fill="#fff"/>',
  warningTriangle:
    '<path d="M10 2.5 18.5 17h-17z" fill="#f7630c" stroke="#f7630c" stroke-linejoin="round"/><path d="M10 7.5v4.5" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/><circle cx="10" cy="14.4" r="1" fill="#fff"/>',
  blockCircle:
    '<circle cx="10" cy="10" r="7.2" fill="none" stroke="#c50f1f" stroke-width="1.6"/><path d="m5 15 10-10" stroke="#c50f1f" stroke-width="1.6"/>',
  dashCircle:
    '<circle cx="10" cy="10" r="7.2" fill="none" stroke="#616161" stroke-width="1.4"/><path d="M6.5 10h7" stroke="#616161" stroke-width="1.4" stroke-linecap="round"/>',
  checkWhite:
    '<path d="m5 10.5 3.2 3.2L15 6.8" stroke="#fff" stroke-width="1.8" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
  entra:
    '<path d="M10 1.5 18 14l-8 4.5L2 14z" fill="#2a7ad3"/><path d="M10 1.5 18 14l-8-3z" fill="#5ea0ef"/><path d="M10 1.5v9.5L2 14z" fill="#1d5fb0"/><path d="m2 14 8-3 8 3-8 4.5z" fill="#154a8a"/>',
  msLogo:
    '<rect x="2" y="2" width="7.5" height="7.5" fill="#f25022"/><rect x="10.5" y="2" width="7.5" height="7.5" fill="#7fba00"/><rect x="2" y="10.5" width="7.5" height="7.5" fill="#00a4ef"/><rect x="10.5" y="10.5" width="7.5" height="7.5" fill="#ffb900"/>',
  sharepoint:
    '<circle cx="9" cy="7" r="5.5" fill="#036c70"/><circle cx="13" cy="11" r="4.5" fill="#1a9ba1"/><circle cx="9.5" cy="14.5" r="3.5" fill="#37c6d0"/><rect x="1.5" y="5.5" width="9" height="9" rx="1" fill="#03787c"/><path d="M7.6 8.2c-.4-.4-1-.6-1.6-.6-.9 0-1.5.5-1.5 1.1 0 1.5 3.3 1 3.3 2.8 0 .7-.7 1.3-1.8 1.3-.7 0-1.3-.2-1.8-.6" stroke="#fff" stroke-width="1" fill="none"/>',
  hive: '<path d="M10 1.8 17.2 6v8L10 18.2 2.8 14V6z" fill="#f2a900"/><path d="M10 6.2 13.3 8.1v3.8L10 13.8 6.7 11.9V8.1z" fill="#1e2a33"/>',
  powershell:
    '<rect x="1.5" y="3" width="17" height="14" rx="2" fill="#2671be"/><path d="m5 7 4 3-4 3" stroke="#fff" stroke-width="1.6" fill="none" stroke-linecap="round" stroke-linejoin="round"/><path d="M10 13.5h4.5" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/>',
};

/** An icon by name: `icon('search')`, `icon('errorCircle', 16)`. */
export function icon(name, size = 16) {
  if (name in shapes) return stroke(shapes[name], size);
  if (name in solids) return solid(solids[name], size);
  throw new Error(`Unknown icon: ${name}`);
}
