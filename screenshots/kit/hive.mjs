// The Hive console chrome (the backup product): dark sidebar, white top bar.
import { co, html } from './html.mjs';
import { icon } from './icons.mjs';

export const hivePortal = 'M365 Backup & Archive setup article';

const NAV = [
  ['Dashboard', 'chart'],
  ['Backups', 'database'],
  ['Restore', 'restore'],
  ['Connections', 'plug'],
  ['Reports', 'reports'],
  ['Settings', 'gear'],
];

export function hivePage({ active, navCallouts = {}, crumbs, main }) {
  return html`<div class="hv">
    <aside class="hv-side">
      <div class="hv-logo">${icon('hive', 28)}Hive</div>
      ${NAV.map(([label, ic]) => html`<div class="it${label === active ? ' on' : ''}" ${co(navCallouts[label])}>${icon(ic, 18)}<span>${label}</span></div>`)}
    </aside>
    <div class="hv-main">
      <div class="hv-top">${crumbs.map((c, i) => (i ? `${icon('chevronRight', 12)}<span>${c}</span>` : `<span>${c}</span>`))}
        <span class="user"><span>ops@fabrikam-it.example</span><span class="avatar" style="background:#3b6e8f">FI</span></span>
      </div>
      <div class="hv-content">${main}</div>
    </div>
  </div>`;
}
