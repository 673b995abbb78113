// Microsoft 365 admin center (admin.microsoft.com) and SharePoint admin center chrome.
import { admin } from './data.mjs';
import { co, html } from './html.mjs';
import { icon } from './icons.mjs';

export const m365Portal = 'Microsoft 365 admin center';
export const sharePointPortal = 'SharePoint admin center';

const NAVS = {
  m365: [
    { label: 'Home', icon: 'home' },
    { label: 'Users', icon: 'person', group: true },
    { label: 'Teams & groups', icon: 'people', group: true },
    { label: 'Roles', icon: 'shieldPerson', group: true },
    { label: 'Billing', icon: 'card', group: true },
    { label: 'Support', icon: 'help', group: true },
    {
      label: 'Settings',
      icon: 'gear',
      children: [
        'Domains',
        'Search & intelligence',
        'Org settings',
        'Integrated apps',
        'Partner relationships',
        'Microsoft Edge',
      ],
    },
    { label: 'Setup', icon: 'wrench' },
    { label: 'Reports', icon: 'chart', group: true },
    { label: 'Health', icon: 'health', group: true },
    { head: 'Admin centers' },
    { label: 'Security', icon: 'shield' },
    { label: 'Exchange', icon: 'mail' },
    { label: 'SharePoint', icon: 'sites' },
    { label: 'Teams', icon: 'people' },
  ],
  sharepoint: [
    { label: 'Home', icon: 'home' },
    { label: 'Sites', icon: 'sites', group: true },
    { label: 'Policies', icon: 'policy', children: ['Sharing', 'Access control'] },
    { label: 'Settings', icon: 'gear' },
    { label: 'Content services', icon: 'content', group: true },
    { label: 'Migration', icon: 'migrate' },
    { label: 'Reports', icon: 'reports', group: true },
    { label: 'Advanced management', icon: 'shieldCheck' },
    { label: 'More features', icon: 'apps' },
    { label: 'Customize navigation', icon: 'edit' },
    { label: 'Show all', icon: 'more' },
  ],
};

function nav(kind, path, callouts) {
  const out = [`<div class="it" style="color:var(--fg2)">${icon('list', 18)}</div>`];
  for (const item of NAVS[kind]) {
    if (item.head) {
      out.push(`<div class="head">${item.head}</div>`);
      continue;
    }
    const open = item.children && path[0] === item.label;
    const on = path.length === 1 && path[0] === item.label;
    const chev =
      item.children || item.group ? `<span class="chev">${icon(open ? 'chevronUp' : 'chevronDown', 12)}</span>` : '';
    out.push(
      html`<div class="it${open ? ' open' : ''}${on ? ' on' : ''}" ${co(callouts[item.label])}>${icon(item.icon, 18)}<span>${item.label}</span>${chev}</div>`,
    );
    if (open) {
      for (const child of item.children) {
        out.push(
          html`<div class="it child${path[1] === child ? ' on' : ''}" ${co(callouts[child])}><span>${child}</span></div>`,
        );
      }
    }
  }
  return `<nav class="adm-nav">${out.join('')}</nav>`;
}

/** An admin-centre page: `kind` is 'm365' or 'sharepoint'; `panel` is an optional side panel over the page. */
export function adminPage({ kind, path, navCallouts = {}, main, panel = '' }) {
  const sp = kind === 'sharepoint';
  return html`<div class="adm">
    <header class="adm-top${sp ? ' sp' : ''}">
      <span>${icon('waffle', 18)}</span>
      <span class="app">${sp ? 'SharePoint admin center' : 'Microsoft 365 admin center'}</span>
      <span class="search">${icon('search', 16)}<span>Search</span></span>
      <span class="tool">${icon('bell', 18)}</span><span class="tool">${icon('gear', 18)}</span><span class="tool">${icon('help', 18)}</span>
      <span class="avatar" style="width:30px;height:30px;font-size:11px;background:#c239b3" title="${admin.upn}">${admin.initials}</span>
    </header>
    <div class="adm-body">
      ${nav(kind, path, navCallouts)}
      <main class="adm-main">${main}</main>
    </div>
    ${panel}
  </div>`;
}

/** The Fluent side panel on the right. */
export function sidePanel({ title, width, body, footer, frame = false, titleCallout }) {
  return html`<section class="panel" style="width:${width}px" ${frame ? 'data-frame' : ''}>
    <div class="phead"><h2 ${co(titleCallout)}>${title}</h2><span class="x">${icon('close', 20)}</span></div>
    <div class="pbody">${body}</div>
    <div class="pfoot">${footer}</div>
  </section>`;
}
