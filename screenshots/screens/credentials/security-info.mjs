// My Sign-Ins → Security info of the service account: "+ Add sign-in method" and an App password listed.
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { mySignInsPage, mySignInsPortal } from '../../kit/mysignins.mjs';

const method = (
  ic,
  name,
  detail,
  extra,
  { callout, actions = ['Delete'], actionCallout } = {},
) => html`<div class="m" ${co(callout)}>
  <span class="mi">${icon(ic, 20)}</span>
  <span class="mn" ${co(callout ? `${callout}-name` : '')}>${name}</span>
  <span class="md">${detail}</span>
  <span class="mx">${extra}</span>
  <span class="ma">${actions.map((a) => html`<span class="link" ${co(a === 'Delete' ? actionCallout : '')}>${a}</span>`)}</span>
</div>`;

const main = html`
  <h1 ${co('security-info-title')}>Security info</h1>
  <p class="muted">These are the methods you use to sign into your account or reset your password.</p>
  <div class="ms-card">
    <div class="row" style="margin-bottom:14px" ${co('default-method')}>
      <span>Default sign-in method: <span class="strong">Microsoft Authenticator - notification</span></span><span class="link">Change</span>
    </div>
    <div class="row add" ${co('add-sign-in-method')}>${icon('plus', 16)}<span>Add sign-in method</span></div>
    <div class="methods">
      ${method('phone', 'Phone', '+1 4255550123', '', { actions: ['Change', 'Delete'] })}
      ${method('authenticator', 'Microsoft Authenticator', 'Push multi-factor authentication (MFA)', 'iPhone 15', {})}
      ${method('password', 'App password', 'Hive backup', '', { callout: 'app-password', actionCallout: 'app-password-delete' })}
    </div>
    <div class="row" style="margin-top:16px"><span>Lost device?</span><span class="link">Sign out everywhere</span></div>
  </div>
  <style>
    .add { color: var(--brand); font-weight: 600; margin-bottom: 8px; display: inline-flex; }
    .methods { border-top: 1px solid var(--stroke2); }
    .m { display: grid; grid-template-columns: 36px 220px 300px 1fr auto; align-items: center; min-height: 52px; border-bottom: 1px solid var(--stroke2); }
    .mi { color: var(--brand); }
    .mn { font-weight: 600; justify-self: start; }
    .md, .mx { color: var(--fg2); }
    .ma { display: flex; gap: 24px; padding-right: 8px; }
  </style>`;

export default {
  portal: mySignInsPortal,
  stylesheets: ['mysignins'],
  viewport: { width: 1280, height: 500 },
  body: mySignInsPage({ active: 'Security info', navCallouts: { 'Security info': 'security-info-nav' }, main }),
};
