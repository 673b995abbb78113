// Entra ID → Monitoring & health → Audit logs, Date filter "Last 24 hours": recent policy, secret and account changes.
import { admin, app, provider, serviceAccount } from '../../kit/data.mjs';
import { bladeBody, bladeHeader, entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';

const events = [
  [
    '11/28/2026, 8:42:17 AM',
    'Conditional Access',
    'Update conditional access policy',
    'Block legacy authentication',
    admin.upn,
    'row-update-ca-policy',
  ],
  [
    '11/28/2026, 8:31:05 AM',
    'Conditional Access',
    'Update security defaults',
    'Security defaults',
    admin.upn,
    'row-update-security-defaults',
  ],
  [
    '11/28/2026, 7:58:40 AM',
    'Core Directory',
    'Update application – Certificates and secrets management',
    app.name,
    admin.upn,
    'row-update-secret',
  ],
  ['11/28/2026, 7:55:12 AM', 'Conditional Access', 'Add named location', provider.location, admin.upn],
  ['11/27/2026, 4:20:33 PM', 'Core Directory', 'Reset password (by admin)', serviceAccount.upn, admin.upn],
  [
    '11/27/2026, 3:02:48 PM',
    'Core Directory',
    'Create application password for user',
    serviceAccount.upn,
    serviceAccount.upn,
  ],
  ['11/27/2026, 2:47:19 PM', 'Core Directory', 'Disable Strong Authentication', serviceAccount.upn, admin.upn],
];

const content = html`
  <div class="pills" style="margin-bottom:14px">
    <span class="pill" ${co('date-filter')}><b>Date</b> : Last 24 hours</span>
    <span class="pill"><b>Show dates as</b> : Local</span>
    <span class="pill"><b>Service</b> : All</span>
    <span class="pill"><b>Category</b> : All</span>
    <span class="pill"><b>Activity</b> : All</span>
    <span class="pill add">${icon('filter', 14)}Add filters</span>
  </div>
  <table class="grid audit">
    <colgroup><col style="width:168px"><col style="width:136px"><col style="width:362px"><col style="width:78px"><col style="width:190px"><col></colgroup>
    <thead><tr>
      <th ${co('date-column')}>Date</th><th ${co('service-column')}>Service</th><th ${co('activity-column')}>Activity</th>
      <th>Status</th><th ${co('target-column')}>Target(s)</th><th ${co('initiated-by-column')}>Initiated by (actor)</th>
    </tr></thead>
    <tbody>${events.map(
      ([date, service, activity, target, actor, id]) => html`<tr ${co(id)}>
        <td>${date}</td><td>${service}</td><td>${activity}</td>
        <td><span class="status success">Success</span></td><td>${target}</td><td>${actor}</td>
      </tr>`,
    )}</tbody>
  </table>
  <style>.audit td, .audit th { font-size: 13px; padding: 0 8px; }</style>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1440, height: 660 },
  body: entraPage({
    nav: ['Entra ID', 'Monitoring & health', 'Audit logs'],
    navCallouts: { 'Monitoring & health': 'monitoring-health-nav', 'Audit logs': 'audit-logs-nav' },
    main: html`${bladeHeader({ crumbs: ['Home'], title: 'Audit logs', sub: 'Monitoring & health', bicon: 'document' })}
      ${bladeBody({
        commands: [
          { icon: 'download', label: 'Download' },
          { icon: 'gear', label: 'Export Data Settings' },
          { icon: 'refresh', label: 'Refresh' },
          { icon: 'columns', label: 'Columns' },
          '|',
          { icon: 'feedback', label: 'Got feedback?' },
        ],
        content,
      })}`,
  }),
};
