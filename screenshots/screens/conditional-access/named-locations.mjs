// Entra ID → Conditional Access → Named locations, with "+ IP ranges location" and "Configure MFA trusted IPs".
import { provider } from '../../kit/data.mjs';
import { bladeBody, bladeHeader, entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { conditionalAccessMenu } from '../../kit/menus.mjs';

const yes = `<span class="status success">${icon('check', 16)}Yes</span>`;
const locations = [
  [provider.location, 'IP ranges', '', '11/27/2026, 3:58:21 PM', 'location-backup-provider'],
  ['Contoso offices', 'IP ranges', yes, '4/02/2025, 9:12:40 AM'],
  ['Blocked countries', 'Countries', '', '1/09/2026, 9:26:03 AM'],
];

const content = html`
  <p class="muted" style="margin-bottom:14px">Named locations are used by Microsoft Entra security reports to reduce false positives and by Conditional Access policies. <span class="link">Learn more</span></p>
  <div class="row" style="gap:12px;margin-bottom:12px">
    <div class="searchbox" ${co('search')}>${icon('search', 14)}<span>Search</span></div>
    <span class="pill"><b>Location type</b> : All</span>
    <span class="pill"><b>Trusted</b> : All</span>
  </div>
  <table class="grid">
    <colgroup><col style="width:36%"><col style="width:20%"><col style="width:16%"><col style="width:28%"></colgroup>
    <thead><tr>
      <th>Name</th>
      <th ${co('location-type-column')}>Location type</th>
      <th ${co('trusted-column')}>Trusted</th>
      <th>Modified date</th>
    </tr></thead>
    <tbody>${locations.map(
      ([name, type, trusted, modified, id]) => html`<tr ${co(id)}>
        <td><span class="link">${name}</span></td><td>${type}</td><td>${trusted}</td><td>${modified}</td>
      </tr>`,
    )}</tbody>
  </table>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 560 },
  body: entraPage({
    nav: ['Entra ID', 'Conditional Access'],
    navCallouts: { 'Conditional Access': 'conditional-access-nav' },
    main: html`${bladeHeader({ crumbs: ['Home', 'Conditional Access'], title: 'Conditional Access | Named locations', sub: 'Microsoft Entra ID', bicon: 'shieldCheck' })}
      ${bladeBody({
        menu: conditionalAccessMenu,
        active: 'Named locations',
        menuCallouts: { 'Named locations': 'named-locations-nav' },
        commands: [
          { icon: 'plus', label: 'Countries location', callout: 'countries-location' },
          { icon: 'plus', label: 'IP ranges location', callout: 'ip-ranges-location' },
          { icon: 'gear', label: 'Configure MFA trusted IPs', callout: 'configure-mfa-trusted-ips' },
          '|',
          { icon: 'refresh', label: 'Refresh' },
          { icon: 'columns', label: 'Columns' },
        ],
        content,
      })}`,
  }),
};
