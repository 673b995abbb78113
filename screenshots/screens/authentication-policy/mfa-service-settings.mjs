// Per-user MFA → Service settings (also reached from Conditional Access → Named locations → Configure MFA trusted IPs).
import { entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { perUserMfaPage } from '../../kit/per-user-mfa.mjs';

const radio = (label, { on, callout } = {}) =>
  html`<div class="radio${on ? ' on' : ''}" ${co(callout)}><span class="dot"></span><span>${label}</span></div>`;
const check = (label, { on, callout } = {}) =>
  html`<div class="check${on ? ' on' : ''}" ${co(callout)}><span class="box">${on ? icon('checkWhite', 14) : ''}</span><span>${label}</span></div>`;

const content = html`
  <section ${co('app-passwords')}>
    <h2 class="sectiontitle">App passwords</h2>
    ${radio('Allow users to create app passwords to sign in to non-browser apps', { on: true, callout: 'allow-app-passwords' })}
    ${radio('Do not allow users to create app passwords to sign in to non-browser apps', { callout: 'do-not-allow-app-passwords' })}
  </section>
  <section ${co('trusted-ips')}>
    <h2 class="sectiontitle">Trusted IPs</h2>
    ${check('Skip multifactor authentication for requests from federated users on my intranet')}
    <div class="muted small" style="margin:4px 0 6px">Skip multifactor authentication for requests from following range of IP address subnets</div>
    <div class="textarea">198.51.100.0/24</div>
  </section>
  <section ${co('verification-options')}>
    <h2 class="sectiontitle">Verification options</h2>
    <div class="muted small" style="margin-bottom:4px">Methods available to users:</div>
    <div class="two">
      ${check('Call to phone')}${check('Text message to phone')}
      ${check('Notification through mobile app', { on: true })}${check('Verification code from mobile app or hardware token', { on: true })}
    </div>
  </section>
  <section>
    <h2 class="sectiontitle">Remember multifactor authentication on trusted device</h2>
    ${check('Allow users to remember multifactor authentication on devices they trust (between one to 365 days)')}
  </section>
  <div class="row" style="margin-top:4px"><span class="btn primary" ${co('save')}>Save</span><span class="btn">Discard</span></div>
  <style>
    section { display: flex; flex-direction: column; gap: 6px; padding-bottom: 14px; margin-bottom: 14px; border-bottom: 1px solid var(--stroke2); max-width: 860px; }
    section .sectiontitle { margin-bottom: 2px; }
    .textarea { width: 360px; height: 56px; padding: 6px 10px; border: 1px solid var(--stroke1); border-radius: 4px; color: var(--fg1); }
    .two { display: grid; grid-template-columns: 300px 1fr; row-gap: 4px; }
  </style>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 790 },
  body: perUserMfaPage({ tab: 'Service settings', content }),
};
