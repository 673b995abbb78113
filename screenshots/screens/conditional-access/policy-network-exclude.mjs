// A Conditional Access policy → Network → Exclude, with the "Backup provider" named location selected.
import { policyEditor } from '../../kit/ca-policy.mjs';
import { provider } from '../../kit/data.mjs';
import { entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';

const radio = (label, { on, callout } = {}) =>
  html`<div class="radio${on ? ' on' : ''}" ${co(callout)}><span class="dot"></span><span>${label}</span></div>`;

const detail = html`
  <p class="desc muted small">Control user access based on their network or physical location. <span class="link">Learn more</span></p>
  <div class="label" style="margin-bottom:4px">Configure ${icon('info', 14).replace('<svg', '<svg style="display:inline;vertical-align:-2px;color:var(--fg3)"')}</div>
  <div class="seg" style="margin-bottom:12px" ${co('configure')}><span class="on">Yes</span><span>No</span></div>
  <div class="tabs"><span class="tab" ${co('include-tab')}>Include</span><span class="tab on" ${co('exclude-tab')}>Exclude</span></div>
  <div class="opts">
    ${radio('All trusted networks and locations', { callout: 'all-trusted' })}
    ${radio('All Compliant Network locations')}
    ${radio('Selected networks and locations', { on: true, callout: 'selected-networks' })}
  </div>
  <div class="label" style="margin-bottom:2px">Select</div>
  <div class="link" style="margin-bottom:10px" ${co('select-locations')}>1 network or location</div>
  <div class="picked">
    <div class="it" ${co('excluded-location')}><span class="loc">${icon('location', 20)}</span><div><div>${provider.location}</div><div class="sub">IP ranges · ${provider.range}</div></div><span class="more">${icon('more', 16)}</span></div>
  </div>
  <style>.loc { width: 32px; height: 32px; display: inline-flex; align-items: center; justify-content: center; border-radius: 50%; background: var(--brand-bg2); color: var(--brand); }</style>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 800 },
  body: entraPage({
    nav: ['Entra ID', 'Conditional Access'],
    main: policyEditor({ selected: 'network', detail }),
  }),
};
