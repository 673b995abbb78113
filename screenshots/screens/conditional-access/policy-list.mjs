// Entra ID → Conditional Access → Policies: the list with its State column.
import { bladeBody, bladeHeader, entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { conditionalAccessMenu } from '../../kit/menus.mjs';

const policies = [
  ['Block legacy authentication', 'On', '3/14/2025, 10:02:51 AM', '11/27/2026, 4:12:08 PM', 'block-legacy'],
  ['Require multifactor authentication for all users', 'On', '3/14/2025, 10:06:13 AM', '9/02/2026, 11:41:37 AM'],
  ['Require multifactor authentication for admins', 'On', '3/14/2025, 10:04:40 AM', '3/14/2025, 10:04:40 AM'],
  [
    'Require compliant device for administrators',
    'Report-only',
    '6/20/2026, 2:18:55 PM',
    '6/20/2026, 2:18:55 PM',
    'report-only',
  ],
  ['Block sign-ins from outside Europe (test)', 'Off', '1/09/2026, 9:30:12 AM', '2/11/2026, 3:05:44 PM', 'off'],
];

const rows = policies.map(
  ([name, state, created, modified, id]) => html`<tr ${co(id === 'block-legacy' ? 'policy-block-legacy' : '')}>
    <td><span class="link">${name}</span></td>
    <td><span ${co(id ? `state-${id === 'block-legacy' ? 'on' : id}` : '')}>${state}</span></td>
    <td>${created}</td>
    <td>${modified}</td>
  </tr>`,
);

const content = html`
  <p class="intro muted">Conditional Access policies combine signals such as users, locations and apps to make decisions and enforce your organization's policies. <span class="link">Learn more</span></p>
  <div class="row" style="gap:12px;margin-bottom:12px">
    <div class="searchbox" ${co('search')}>${icon('search', 14)}<span>Search</span></div>
    <span class="pill add">${icon('filter', 14)}Add filters</span>
  </div>
  <div class="small muted" style="margin-bottom:4px">5 out of 5 policies found</div>
  <table class="grid">
    <colgroup><col style="width:40%"><col style="width:13%"><col style="width:23.5%"><col style="width:23.5%"></colgroup>
    <thead><tr>
      <th ${co('policy-name-column')}>Policy name</th>
      <th ${co('state-column')}>State</th>
      <th>Creation date</th>
      <th>Modified date</th>
    </tr></thead>
    <tbody>${rows}</tbody>
  </table>
  <style>.intro { margin-bottom: 14px; } .grid td, .grid th { font-size: 13px; }</style>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 600 },
  body: entraPage({
    nav: ['Entra ID', 'Conditional Access'],
    navCallouts: { 'Conditional Access': 'conditional-access-nav' },
    main: html`${bladeHeader({ crumbs: ['Home', 'Conditional Access'], title: 'Conditional Access | Policies', sub: 'Microsoft Entra ID', bicon: 'shieldCheck' })}
      ${bladeBody({
        menu: conditionalAccessMenu,
        active: 'Policies',
        menuCallouts: { Policies: 'policies-nav', 'Named locations': 'named-locations-nav' },
        commands: [
          { icon: 'plus', label: 'New policy', callout: 'new-policy' },
          { icon: 'plus', label: 'Create new policy from templates' },
          { icon: 'flask', label: 'What If', callout: 'what-if' },
          '|',
          { icon: 'refresh', label: 'Refresh' },
          { icon: 'more', label: '' },
        ],
        content,
      })}`,
  }),
};
