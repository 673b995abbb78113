// Microsoft Entra admin center chrome (entra.microsoft.com), today's navigation: "Entra ID" with its pages.
import { admin, tenant } from './data.mjs';
import { co, html } from './html.mjs';
import { icon } from './icons.mjs';

export const entraPortal = 'Microsoft Entra admin center';

const NAV = [
  { label: 'Home', icon: 'home' },
  { label: "What's new", icon: 'sparkle' },
  { label: 'Diagnose & solve problems', icon: 'wrench' },
  { sep: true },
  { label: 'Favorites', icon: 'star', group: true },
  {
    label: 'Entra ID',
    icon: 'shieldPerson',
    group: true,
    children: [
      { label: 'Overview' },
      { label: 'Users', children: [{ label: 'All users' }, { label: 'Deleted users' }, { label: 'User settings' }] },
      { label: 'Groups', group: true },
      { label: 'Devices', group: true },
      { label: 'Enterprise apps' },
      { label: 'App registrations' },
      { label: 'Roles & admins', group: true },
      { label: 'Authentication methods' },
      { label: 'Conditional Access' },
      {
        label: 'Monitoring & health',
        children: [
          { label: 'Sign-in logs' },
          { label: 'Audit logs' },
          { label: 'Provisioning logs' },
          { label: 'Health' },
          { label: 'Workbooks' },
        ],
      },
      { label: 'Show more', more: true },
    ],
  },
  { label: 'ID Protection', icon: 'shield', group: true },
  { label: 'ID Governance', icon: 'people', group: true },
  { label: 'Verified ID', icon: 'card', group: true },
  { label: 'Global Secure Access', icon: 'globe', group: true },
];

/**
 * The left navigation. `path` names the open items down to the selected one, e.g. ['Entra ID', 'Users', 'All users'];
 * `callouts` maps item labels to callout ids.
 */
function leftNav(path, callouts = {}) {
  const items = [];
  const walk = (list, depth) => {
    for (const item of list) {
      if (item.sep) {
        items.push('<div class="sep"></div>');
        continue;
      }
      const onPath = path[depth] === item.label;
      const open = onPath && item.children;
      const active = onPath && depth === path.length - 1;
      const cls = ['item', depth === 1 && 'child', depth === 2 && 'grandchild', open && 'open', active && 'active']
        .filter(Boolean)
        .join(' ');
      const chev = item.children || item.group ? icon(open ? 'chevronUp' : 'chevronDown', 12) : '';
      items.push(html`<div class="${cls}" ${co(callouts[item.label])}>
        ${depth === 0 ? `<span class="ico">${icon(item.icon, 20)}</span>` : ''}
        <span>${item.label}</span>${chev ? `<span class="chev">${chev}</span>` : ''}
      </div>`);
      if (open) walk(item.children, depth + 1);
    }
  };
  walk(NAV, 0);
  return `<nav class="leftnav">${items.join('')}</nav>`;
}

function topBar() {
  return html`<header class="topbar">
    <div class="brandname">Microsoft Entra admin center</div>
    <div class="search">${icon('search', 16)}<span>Search resources, services, and docs (G+/)</span></div>
    <span class="tool">${icon('sparkle', 18)}</span>
    <span class="tool">${icon('bell', 18)}</span>
    <span class="tool">${icon('gear', 18)}</span>
    <span class="tool">${icon('help', 18)}</span>
    <span class="tool">${icon('feedback', 18)}</span>
    <div class="account">
      <div class="who"><div>${admin.upn}</div><div class="tenant">${tenant.name.toUpperCase()} (${tenant.domain.toUpperCase()})</div></div>
      <span class="avatar">${admin.initials}</span>
    </div>
  </header>`;
}

/** The whole admin centre page: top bar, left navigation and `main` (what the blade draws). */
export function entraPage({ nav, navCallouts, main, overlay = '' }) {
  return html`<div class="portal">
    ${topBar()}
    <div class="shell">
      ${leftNav(nav, navCallouts)}
      <main class="main">${main}${overlay}</main>
    </div>
  </div>`;
}

/** Breadcrumb, title (with an icon and optional subtitle), pin/more actions and close. */
export function bladeHeader({ crumbs = [], title, sub, bicon = 'shieldPerson', titleCallout, close = true }) {
  return html`<div class="crumbs">
      ${crumbs.map((c) => `<span class="link">${c}</span>${icon('chevronRight', 12)}`)}
    </div>
    <div class="bladehead">
      <span class="bicon">${icon(bicon, 28)}</span>
      <div>
        <h1 ${co(titleCallout)}>${title}</h1>
        ${sub ? `<div class="sub">${sub}</div>` : ''}
      </div>
      <span class="acts">${icon('pin', 16)}${icon('more', 16)}</span>
      ${close ? `<span class="x">${icon('close', 18)}</span>` : ''}
    </div>`;
}

/** The blade's own menu (search box, items, section headings). Items: { label, icon } or { head }. */
export function bladeMenu(items, active, callouts = {}) {
  return html`<aside class="blademenu">
    <div class="msearch"><div class="input">${icon('search', 14)}<span class="placeholder">Search</span></div>${icon('doubleLeft', 14)}</div>
    ${items.map((it) =>
      it.head
        ? `<div class="mhead">${icon('chevronDown', 12)}${it.head}</div>`
        : html`<div class="mitem${it.label === active ? ' active' : ''}" ${co(callouts[it.label])}>${icon(it.icon, 16)}<span>${it.label}</span></div>`,
    )}
  </aside>`;
}

/** The command bar: items are { icon, label, callout, disabled } or '|' for a divider. */
export function commandBar(items) {
  return html`<div class="cmdbar">
    ${items.map((it) =>
      it === '|'
        ? '<span class="div"></span>'
        : html`<span class="cmd${it.disabled ? ' disabled' : ''}" ${co(it.callout)}>${icon(it.icon, 16)}<span>${it.label}</span></span>`,
    )}
  </div>`;
}

/** A context pane on the right of the main area. */
export function pane({ title, sub, width, body, footer, frame = false, titleCallout }) {
  return html`<section class="pane" style="width:${width}px" ${frame ? 'data-frame' : ''}>
    <div class="phead">
      <div><h2 ${co(titleCallout)}>${title}</h2>${sub ? `<div class="small muted">${sub}</div>` : ''}</div>
      <span class="x">${icon('close', 20)}</span>
    </div>
    <div class="pbody">${body}</div>
    ${footer ? `<div class="pfoot">${footer}</div>` : ''}
  </section>`;
}

/** A blade with its own menu on the left: menu, then the command bar and content on the right. */
export function bladeBody({ menu, active, menuCallouts, commands, content, contentClass = '' }) {
  return html`<div class="blade">
    ${menu ? bladeMenu(menu, active, menuCallouts) : ''}
    <div class="bladebody">
      ${commands ? commandBar(commands) : ''}
      <div class="content ${contentClass}">${content}</div>
    </div>
  </div>`;
}
