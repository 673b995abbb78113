// Entra ID → Monitoring & health → Sign-in logs, with a failed sign-in's "Activity Details" pane open.
import { provider, serviceAccount } from './data.mjs';
import { bladeBody, bladeHeader, entraPage, pane } from './entra.mjs';
import { co, html } from './html.mjs';
import { icon } from './icons.mjs';

const failure = `<span class="status failure">${icon('errorCircle', 14)}Failure</span>`;
const rows = [
  ['11/27/2026, 9:14:32 PM', 'Office 365 Exchange Online', provider.ip],
  ['11/27/2026, 9:09:30 PM', 'Office 365 Exchange Online', provider.ip],
  ['11/27/2026, 9:04:27 PM', 'Office 365 Exchange Online', provider.ip],
  ['11/27/2026, 8:59:25 PM', 'Office 365 Exchange Online', provider.ip],
  ['11/27/2026, 8:54:21 PM', 'Office 365 SharePoint Online', provider.ip],
];

const list = html`
  <div class="pills" style="margin-bottom:12px">
    <span class="pill"><b>Date</b> : Last 24 hours</span>
    <span class="pill"><b>Show dates as</b> : Local</span>
    <span class="pill"><b>Username</b> contains svc-backup</span>
    <span class="pill"><b>Status</b> : Failure</span>
  </div>
  <div class="tabs" style="margin-bottom:8px">
    <span class="tab on">User sign-ins (interactive)</span><span class="tab">User sign-ins (non-interactive)</span>
    <span class="tab">Service principal sign-ins</span>
  </div>
  <table class="grid">
    <colgroup><col style="width:190px"><col style="width:150px"><col style="width:170px"><col></colgroup>
    <thead><tr><th>Date</th><th>User</th><th>Application</th><th>Status</th></tr></thead>
    <tbody>${rows.map(
      ([date, appName], i) =>
        html`<tr class="${i === 0 ? 'selected' : ''}"><td><span class="link">${date}</span></td><td>${serviceAccount.name}</td><td>${appName}</td><td>${failure}</td></tr>`,
    )}</tbody>
  </table>`;

const detailTabs = [
  'Basic info',
  'Location',
  'Device info',
  'Authentication Details',
  'Conditional Access',
  'Report-only',
  'Additional Details',
];

/** The sign-in logs page with the details pane open on `tab` ('Basic info' or 'Conditional Access'). */
export function signInDetailsPage({ tab, content }) {
  const tabs = html`<div class="tabs dtabs">${detailTabs.map(
    (t) =>
      html`<span class="tab${t === tab ? ' on' : ''}" ${co(t === 'Basic info' ? 'basic-info-tab' : t === 'Conditional Access' ? 'conditional-access-tab' : '')}>${t}</span>`,
  )}</div>`;
  return entraPage({
    nav: ['Entra ID', 'Monitoring & health', 'Sign-in logs'],
    navCallouts: { 'Sign-in logs': 'sign-in-logs-nav' },
    main: html`${bladeHeader({ crumbs: ['Home'], title: 'Sign-in logs', bicon: 'list', sub: 'Monitoring & health' })}
      ${bladeBody({
        commands: [
          { icon: 'download', label: 'Download' },
          { icon: 'gear', label: 'Export Data Settings' },
          { icon: 'wrench', label: 'Troubleshoot' },
          { icon: 'refresh', label: 'Refresh' },
          { icon: 'columns', label: 'Columns' },
        ],
        content: `<div data-allow-clip>${list}</div>`,
      })}`,
    overlay: pane({
      title: 'Activity Details: Sign-ins',
      width: 780,
      body: html`${tabs}<div class="dbody">${content}</div>
        <style>
          .dtabs { margin: 0 0 16px; gap: 0; }
          .dtabs .tab { padding-left: 8px; padding-right: 8px; }
          .dtabs .tab.on::after { left: 8px; right: 8px; }
          .kv { display: grid; grid-template-columns: 210px 1fr; column-gap: 12px; row-gap: 2px; }
          .kv .k { color: var(--fg2); min-height: 26px; }
          .kv .v { min-height: 26px; overflow-wrap: anywhere; }
        </style>`,
    }),
  });
}
