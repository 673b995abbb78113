// Per-user MFA: the user list with its Status column, the service account selected, Enable MFA / Disable MFA.
import { admin, serviceAccount } from '../../kit/data.mjs';
import { entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { perUserMfaPage } from '../../kit/per-user-mfa.mjs';

const users = [
  ['Adele Vance', 'adele.vance@contoso.com', 'Disabled'],
  [serviceAccount.name, serviceAccount.upn, 'Enabled', true],
  ['Emergency access account', 'emergency-access@contoso.com', 'Disabled'],
  [admin.name, admin.upn, 'Enforced'],
  ['Nestor Wilke', 'nestor.wilke@contoso.com', 'Disabled'],
  ['Patti Fernandez', 'patti.fernandez@contoso.com', 'Enforced'],
];

const box = (on) =>
  `<span class="check${on ? ' on' : ''}"><span class="box">${on ? icon('checkWhite', 14) : ''}</span></span>`;

const content = html`
  <div class="row" style="gap:12px;margin-bottom:12px">
    <div class="searchbox" style="width:320px" ${co('search')}>${icon('search', 14)}<span>Search by name or user principal name</span></div>
    <span class="pill"><b>Status</b> : All</span>
  </div>
  <table class="grid">
    <colgroup><col class="cb"><col style="width:32%"><col style="width:40%"><col></colgroup>
    <thead><tr><th>${box(false)}</th><th>Display name</th><th>User principal name</th><th ${co('status-column')}>Status</th></tr></thead>
    <tbody>${users.map(
      ([
        name,
        upn,
        status,
        selected,
      ]) => html`<tr class="${selected ? 'selected' : ''}" ${co(selected ? 'service-account-row' : '')}>
        <td>${box(selected)}</td><td>${name}</td><td>${upn}</td><td><span ${co(selected ? 'service-account-status' : '')}>${status}</span></td>
      </tr>`,
    )}</tbody>
  </table>
  <div class="small muted" style="margin-top:8px">1 of 6 users selected</div>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 640 },
  body: perUserMfaPage({
    tab: 'Users',
    commands: [
      { icon: 'check', label: 'Enable MFA', callout: 'enable-mfa' },
      { icon: 'discard', label: 'Disable MFA', callout: 'disable-mfa' },
      { icon: 'lock', label: 'Enforce MFA', callout: 'enforce-mfa' },
      { icon: 'gear', label: 'User MFA settings' },
      '|',
      { icon: 'refresh', label: 'Refresh' },
    ],
    content,
  }),
};
