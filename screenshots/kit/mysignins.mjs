// My Sign-Ins chrome (mysignins.microsoft.com) for the signed-in service account.
import { serviceAccount, tenant } from './data.mjs';
import { co, html } from './html.mjs';
import { icon } from './icons.mjs';

export const mySignInsPortal = 'My Sign-Ins page';

const NAV = [
  ['Overview', 'person'],
  ['Security info', 'key'],
  ['Devices', 'laptop'],
  ['Password', 'password'],
  ['Organizations', 'building'],
  ['Settings & Privacy', 'gear'],
  ['My sign-ins', 'list'],
  ['Office apps', 'apps'],
  ['Subscriptions', 'card'],
];

export function mySignInsPage({ active, navCallouts = {}, main }) {
  return html`<div class="ms">
    <header class="ms-top">
      <span style="color:var(--fg2)">${icon('waffle', 18)}</span>
      <span class="org">${icon('building', 18)}${tenant.name}</span>
      <span class="app">My Sign-Ins</span>
      <span class="right">${icon('help', 18)}<span class="avatar" style="width:30px;height:30px;font-size:11px" ${co('account')}>${serviceAccount.initials}</span></span>
    </header>
    <div class="ms-body">
      <nav class="ms-nav">${NAV.map(
        ([label, ic]) =>
          html`<div class="it${label === active ? ' on' : ''}" ${co(navCallouts[label])}>${icon(ic, 18)}<span>${label}</span></div>`,
      )}</nav>
      <main class="ms-main">${main}</main>
    </div>
  </div>`;
}
