// Entra ID → Users → All users → the service account → Overview: user principal name, account status, Reset password.
import { serviceAccount } from '../../kit/data.mjs';
import { bladeBody, bladeHeader, entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { userMenu } from '../../kit/menus.mjs';

const copy = `<span class="cp">${icon('copy', 14)}</span>`;
const stat = (k, v) => html`<div class="stat"><div class="muted small">${k}</div><div class="n">${v}</div></div>`;

const content = html`
  <div class="tabs" style="margin-bottom:16px"><span class="tab on" ${co('overview-tab')}>Overview</span><span class="tab">Monitoring</span><span class="tab" ${co('properties-tab')}>Properties</span></div>
  <div class="card basic">
    <span class="avatar big">${serviceAccount.initials}</span>
    <div class="who">
      <div class="name">${serviceAccount.name}</div>
      <div class="upn">${serviceAccount.upn}${copy}</div>
      <div class="muted">Member</div>
    </div>
    <div class="stats">
      ${stat('Group memberships', '1')}${stat('Applications', '0')}${stat('Assigned roles', '0')}${stat('Assigned licenses', '1')}
    </div>
  </div>
  <div class="kv2">
    <div class="k">User principal name</div><div ${co('user-principal-name')}>${serviceAccount.upn}${copy}</div>
    <div class="k">Object ID</div><div ${co('object-id')}>${serviceAccount.objectId}${copy}</div>
    <div class="k">Created date time</div><div>Mar 14, 2025, 10:20 AM</div>
    <div class="k">User type</div><div>Member</div>
    <div class="k">Identities</div><div>contoso.onmicrosoft.com</div>
  </div>
  <h2 class="sectiontitle" style="margin:16px 0 8px">My Feed</h2>
  <div class="feed">
    <div class="card" ${co('account-status')}><div class="strong">Account status</div><div class="status success">${icon('checkCircle', 16)}Enabled</div><div class="link small">Manage</div></div>
    <div class="card" ${co('sign-ins')}><div class="strong">Sign-ins</div><div class="small">Last interactive sign-in: Nov 27, 2026, 9:14 PM</div><div class="link small">See all sign-ins</div></div>
    <div class="card"><div class="strong">B2B collaboration</div><div class="small">Convert an internal user to an external user</div><div class="link small">Convert to external user</div></div>
  </div>
  <style>
    .card { border: 1px solid var(--stroke2); border-radius: 8px; padding: 12px 16px; box-shadow: 0 1px 2px rgb(0 0 0 / 0.06); }
    .basic { display: flex; align-items: center; gap: 16px; margin-bottom: 12px; }
    .avatar.big { width: 64px; height: 64px; font-size: 22px; }
    .who .name { font-size: 18px; line-height: 24px; font-weight: 600; }
    .upn, .kv2 > div { display: flex; align-items: center; }
    .cp { display: inline-flex; margin-left: 6px; color: var(--brand); }
    .stats { display: flex; gap: 22px; margin-left: auto; }
    .stat .n { font-size: 18px; font-weight: 600; }
    .kv2 { display: grid; grid-template-columns: 180px 1fr; row-gap: 4px; font-size: 13px; }
    .kv2 .k { color: var(--fg2); }
    .feed { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
    .feed .card { display: flex; flex-direction: column; gap: 6px; }
  </style>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 650 },
  body: entraPage({
    nav: ['Entra ID', 'Users', 'All users'],
    navCallouts: { Users: 'users-nav', 'All users': 'all-users-nav' },
    main: html`${bladeHeader({ crumbs: ['Home', 'Users'], title: serviceAccount.name, sub: 'User', bicon: 'person' })}
      ${bladeBody({
        menu: userMenu,
        active: 'Overview',
        menuCallouts: { 'Authentication methods': 'authentication-methods-nav' },
        commands: [
          { icon: 'edit', label: 'Edit properties', callout: 'edit-properties' },
          { icon: 'delete', label: 'Delete' },
          { icon: 'refresh', label: 'Refresh' },
          { icon: 'key', label: 'Reset password', callout: 'reset-password' },
          { icon: 'signOut', label: 'Revoke sessions' },
          { icon: 'more', label: '' },
        ],
        content,
      })}`,
  }),
};
