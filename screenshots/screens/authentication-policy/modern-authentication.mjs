// Microsoft 365 admin center → Settings → Org settings → Modern authentication: the basic authentication protocols.
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { adminPage, m365Portal, sidePanel } from '../../kit/m365.mjs';

const services = [
  ['Account linking', 'Let users link their personal and work accounts.'],
  ['Adoption Score', 'Get insights into how your organization uses Microsoft 365.'],
  ['Bookings', 'Let people book appointments with your staff.'],
  ['Calendar', 'Manage how users share their calendars.'],
  ['Directory synchronization', 'Sync users and groups from your on-premises directory.'],
  ['Microsoft 365 on the web', 'Let users open files stored in third-party storage services.'],
  ['Microsoft Forms', 'Manage external sharing and record names for Forms.'],
  ['Microsoft Planner', 'Allow calendar feeds in Planner.'],
  [
    'Modern authentication',
    'Manage basic authentication and modern authentication settings.',
    'modern-authentication-row',
  ],
  ['Multifactor authentication', 'Manage multifactor authentication settings for your users.'],
  ['News', 'Choose how Microsoft News appears in Microsoft 365.'],
  ['Office Scripts', 'Let users automate their tasks in Office on the web.'],
];

const protocols = [
  ['Exchange Online PowerShell', 'exchange-online-powershell'],
  ['Exchange Web Services', 'exchange-web-services'],
  ['Exchange ActiveSync', 'exchange-activesync'],
  ['Autodiscover', 'autodiscover'],
  ['IMAP4'],
  ['POP3'],
  ['Authenticated SMTP', '', true],
  ['Outlook Anywhere (RPC over HTTP)'],
  ['Offline Address Book'],
  ['Reporting Web Services'],
  ['Outlook Service'],
];

const check = (label, { on, callout } = {}) =>
  html`<div class="check${on ? ' on' : ''}" ${co(callout)}><span class="box">${on ? icon('checkWhite', 14) : ''}</span><span>${label}</span></div>`;

const main = html`
  <div class="adm-crumbs">Home ${icon('chevronRight', 12)} Org settings</div>
  <h1>Org settings</h1>
  <div class="tabs" style="margin:8px 0 12px"><span class="tab on" ${co('services-tab')}>Services</span><span class="tab">Security &amp; privacy</span><span class="tab">Organization profile</span></div>
  <table class="grid">
    <colgroup><col style="width:34%"><col></colgroup>
    <thead><tr><th>Name</th><th>Description</th></tr></thead>
    <tbody>${services.map(
      ([name, description, id]) =>
        html`<tr class="${id ? 'selected' : ''}"><td><span class="link" ${co(id)}>${name}</span></td><td class="muted">${description}</td></tr>`,
    )}</tbody>
  </table>`;

const body = html`
  <p class="muted" style="margin-bottom:12px">Modern authentication is used by Outlook 2013 for Windows and later to provide sign-in features like multifactor authentication, smart cards, and certificate-based authentication. <span class="link">Learn more about modern authentication</span></p>
  ${check('Turn on modern authentication for Outlook 2013 for Windows and later (recommended)', { on: true, callout: 'turn-on-modern-auth' })}
  <h3 class="proto-h" ${co('basic-auth-protocols')}>Allow access to basic authentication protocols</h3>
  <p class="muted small" style="margin-bottom:8px">These settings are the organization's default Exchange Online authentication policy.</p>
  <div class="protos">${protocols.map(([label, callout, on]) => check(label, { on, callout }))}</div>
  <style>
    .panel .check { align-items: flex-start; }
    .panel .check .box { margin-top: 2px; }
    .proto-h { font-size: 14px; font-weight: 600; margin: 16px 0 4px; }
    .protos { display: flex; flex-direction: column; gap: 4px; }
  </style>`;

export default {
  portal: m365Portal,
  stylesheets: ['m365'],
  viewport: { width: 1280, height: 760 },
  body: adminPage({
    kind: 'm365',
    path: ['Settings', 'Org settings'],
    navCallouts: { Settings: 'settings-nav', 'Org settings': 'org-settings-nav' },
    main,
    panel: sidePanel({
      title: 'Modern authentication',
      width: 560,
      body,
      footer: html`<span class="btn primary" ${co('save')}>Save</span>`,
      titleCallout: 'panel-title',
    }),
  }),
};
