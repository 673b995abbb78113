// App registrations → "Hive Backup Connector" → Certificates & secrets → Client secrets (one current, one expired).
import { app } from '../../kit/data.mjs';
import { bladeBody, bladeHeader, entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { appRegistrationMenu } from '../../kit/menus.mjs';

const copy = (callout) => `<span class="cp" ${co(callout)}>${icon('copy', 14)}</span>`;
const secrets = [
  {
    description: 'hive-backup-2026',
    expires: '11/26/2027',
    value: 'Vq8************************',
    id: '5e3b7a10-4c2d-4f8e-9b61-2a7d0c9e4f15',
    current: true,
  },
  {
    description: 'hive-backup-2025',
    expires: '11/20/2026',
    value: 'Xk2************************',
    id: 'a41c9e07-8b5f-4d23-a0e6-73f1b2c8d94e',
  },
];

const content = html`
  <p class="muted" style="margin-bottom:12px">Credentials enable confidential applications to identify themselves to the authentication service when receiving tokens at a web addressable location (using an HTTPS scheme). For a higher level of assurance, we recommend using a certificate (instead of a client secret) as a credential.</p>
  <div class="bar" style="margin-bottom:12px">${icon('infoCircle', 16)}<span>Application registration certificates, secrets and federated credentials can be found in the tabs below.</span></div>
  <div class="tabs" style="margin-bottom:14px">
    <span class="tab">Certificates (0)</span><span class="tab on" ${co('client-secrets-tab')}>Client secrets (2)</span><span class="tab">Federated credentials (0)</span>
  </div>
  <p class="muted" style="margin-bottom:10px">A secret string that the application uses to prove its identity when requesting a token. Also can be referred to as application password.</p>
  <div class="row" style="margin-bottom:8px"><span class="cmd-link" ${co('new-client-secret')}>${icon('plus', 16)}New client secret</span></div>
  <table class="grid secrets">
    <colgroup><col style="width:19%"><col style="width:19%"><col style="width:28%"><col style="width:30%"><col style="width:4%"></colgroup>
    <thead><tr>
      <th>Description</th>
      <th ${co('expires-column')}>Expires</th>
      <th ${co('value-column')}>Value <span class="i">${icon('info', 14)}</span></th>
      <th ${co('secret-id-column')}>Secret ID</th>
      <th></th>
    </tr></thead>
    <tbody>${secrets.map(
      (s) => html`<tr ${co(s.current ? 'current-secret' : 'expired-secret')}>
        <td>${s.description}</td>
        <td>${
          s.current
            ? s.expires
            : html`<span class="status failure" ${co('expired-marker')}>${icon('errorCircle', 14)}${s.expires} · Expired</span>`
        }</td>
        <td><span class="row" style="gap:0" ${co(s.current ? 'secret-value' : '')}>${s.value}${copy(s.current ? 'copy-value' : '')}</span></td>
        <td><span class="row" style="gap:0" ${co(s.current ? 'secret-id' : '')}>${s.id}${copy()}</span></td>
        <td><span class="del">${icon('delete', 16)}</span></td>
      </tr>`,
    )}</tbody>
  </table>
  <style>
    .cmd-link { display: inline-flex; align-items: center; gap: 6px; height: 32px; padding: 0 8px; margin-left: -8px; }
    .cmd-link svg, .del { color: var(--brand); }
    .secrets td, .secrets th { font-size: 13px; padding: 0 8px; }
    .cp { display: inline-flex; margin-left: 6px; color: var(--brand); }
    .i { display: inline-flex; vertical-align: -2px; color: var(--fg3); }
  </style>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1440, height: 580 },
  body: entraPage({
    nav: ['Entra ID', 'App registrations'],
    navCallouts: { 'App registrations': 'app-registrations-nav' },
    main: html`${bladeHeader({ crumbs: ['Home', 'App registrations', app.name], title: `${app.name} | Certificates & secrets`, bicon: 'key' })}
      ${bladeBody({
        menu: appRegistrationMenu,
        active: 'Certificates & secrets',
        menuCallouts: { 'Certificates & secrets': 'certificates-secrets-nav' },
        commands: [{ icon: 'feedback', label: 'Got feedback?' }],
        content,
      })}`,
  }),
};
