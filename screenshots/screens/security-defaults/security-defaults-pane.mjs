// The "Security defaults" pane (Entra ID → Overview → Properties → Manage security defaults), its dropdown open.
import { tenant } from '../../kit/data.mjs';
import { bladeHeader, entraPage, entraPortal, pane } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';

const radio = (label, { callout, on } = {}) =>
  html`<div class="radio disabled${on ? ' on' : ''}" ${co(callout)}><span class="dot"></span><span>${label}</span></div>`;

const body = html`
  <p class="para">Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks. <span class="link">Learn more</span></p>
  <div class="bar success" ${co('enabled-message')}><span style="color:var(--success);margin-top:2px">${icon('checkCircle', 16)}</span><span>Your organization is protected by security defaults.</span></div>
  <div class="field sd">
    <label>Security defaults</label>
    <div class="input focus" ${co('security-defaults-dropdown')}><span class="value">Enabled (recommended)</span>${icon('chevronUp', 14)}</div>
    <div class="listbox" style="top:58px;left:0;right:0" ${co('security-defaults-options')}>
      <div class="option" ${co('option-enabled')}><span class="tick">${icon('check', 16)}</span>Enabled (recommended)</div>
      <div class="option hover" ${co('option-disabled')}><span class="tick"></span>Disabled (not recommended)</div>
    </div>
  </div>
  <div class="reasons" ${co('reasons')}>
    <div class="label">Reason for disabling</div>
    ${radio('My organization is using Conditional Access', { callout: 'reason-conditional-access' })}
    ${radio('My organization is planning to use Conditional Access')}
    ${radio('My organization has apps or devices that use legacy authentication', { callout: 'reason-legacy-apps' })}
    ${radio('My organization is getting too many multifactor authentication prompts')}
    ${radio('Other')}
  </div>
  <style>
    .pane .para { color: var(--fg2); margin-bottom: 16px; }
    .pane .bar { margin-bottom: 20px; }
    .pane .sd { position: relative; margin-bottom: 104px; }
    .pane .reasons { display: flex; flex-direction: column; gap: 6px; }
    .pane .reasons .label { color: var(--fg-disabled); }
  </style>`;

const footer = html`<span class="btn primary" ${co('save')}>Save</span><span class="btn" ${co('cancel')}>Cancel</span>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 660 },
  body: entraPage({
    nav: ['Entra ID', 'Overview'],
    main: bladeHeader({ crumbs: ['Home'], title: `${tenant.name} | Overview`, sub: 'Microsoft Entra ID' }),
    overlay: pane({ title: 'Security defaults', width: 520, body, footer, frame: true, titleCallout: 'pane-title' }),
  }),
};
