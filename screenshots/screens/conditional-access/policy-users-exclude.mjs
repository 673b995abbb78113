// A Conditional Access policy → Users → Exclude, with the service account excluded; Enable policy and Save below.
import { policyEditor } from '../../kit/ca-policy.mjs';
import { serviceAccount } from '../../kit/data.mjs';
import { entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';

const detail = html`
  <p class="desc muted small">Control access based on who the policy will apply to, such as users and groups, workload identities, directory roles, or external guests. <span class="link">Learn more</span></p>
  <div class="tabs"><span class="tab" ${co('include-tab')}>Include</span><span class="tab on" ${co('exclude-tab')}>Exclude</span></div>
  <p style="margin-bottom:8px">Select the users and groups to exempt from the policy</p>
  <div class="opts">
    <div class="check"><span class="box"></span><span>Guest or external users</span></div>
    <div class="check"><span class="box"></span><span>Directory roles</span></div>
    <div class="check on" ${co('users-and-groups')}><span class="box">${icon('checkWhite', 14)}</span><span>Users and groups</span></div>
  </div>
  <div class="label" style="margin-bottom:2px">Select excluded users and groups</div>
  <div class="link" style="margin-bottom:10px" ${co('select-excluded')}>2 users</div>
  <div class="picked">
    <div class="it"><span class="avatar" style="background:#486991">EA</span><div><div>Emergency access account</div><div class="sub">emergency-access@contoso.com</div></div><span class="more">${icon('more', 16)}</span></div>
    <div class="it" ${co('excluded-service-account')}><span class="avatar" style="background:#8764b8">${serviceAccount.initials}</span><div><div>${serviceAccount.name}</div><div class="sub">${serviceAccount.upn}</div></div><span class="more">${icon('more', 16)}</span></div>
  </div>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 800 },
  body: entraPage({
    nav: ['Entra ID', 'Conditional Access'],
    main: policyEditor({ selected: 'users', detail }),
  }),
};
