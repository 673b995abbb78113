// Entra ID → Overview → Properties tab, with "Manage security defaults" at the bottom.
import { admin, tenant } from '../../kit/data.mjs';
import { bladeHeader, commandBar, entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';

const field = (label, value, { callout, required, kind = 'input' } = {}) => html`<div class="field" ${co(callout)}>
  <label class="${required ? 'required' : ''}">${label}</label>
  ${
    kind === 'text'
      ? `<div class="plain">${value}</div>`
      : html`<div class="input${kind === 'readonly' ? ' readonly' : ''}"><span class="value">${value}</span>${
          kind === 'dropdown'
            ? icon('chevronDown', 14)
            : kind === 'readonly'
              ? `<span class="copy">${icon('copy', 16)}</span>`
              : ''
        }</div>`
  }
</div>`;

const main = html`
  ${bladeHeader({ crumbs: ['Home'], title: `${tenant.name} | Overview`, sub: 'Microsoft Entra ID', bicon: 'shieldPerson' })}
  ${commandBar([
    { icon: 'plus', label: 'Add' },
    { icon: 'building', label: 'Manage tenants' },
    { icon: 'sparkle', label: "What's new" },
    '|',
    { icon: 'flask', label: 'Preview features' },
    { icon: 'feedback', label: 'Got feedback?' },
  ])}
  <div class="content props">
    <div class="tabs" style="margin-bottom:16px">
      <span class="tab">Overview</span><span class="tab">Monitoring</span>
      <span class="tab on" ${co('properties-tab')}>Properties</span>
      <span class="tab">Recommendations</span><span class="tab">Setup guides</span>
    </div>
    <div class="row savebar">
      <span class="btn primary" ${co('save')}>${icon('save', 16)}Save</span>
      <span class="btn">${icon('discard', 16)}Discard</span>
    </div>
    <h2 class="sectiontitle">Tenant properties</h2>
    <div class="fields">
      ${field('Name', tenant.name, { callout: 'tenant-name', required: true })}
      ${field('Country or region', 'United States', { kind: 'text' })}
      ${field('Data location', 'United States datacenters', { kind: 'text' })}
      ${field('Notification language', 'English', { kind: 'dropdown' })}
      ${field('Tenant ID', tenant.id, { kind: 'readonly', callout: 'tenant-id' })}
      ${field('Technical contact', admin.upn)}
      ${field('Global privacy contact', '')}
      ${field('Privacy statement URL', '')}
    </div>
    <h2 class="sectiontitle">Access management for Azure resources</h2>
    <p class="para">${admin.name} (${admin.upn}) can manage access to all Azure subscriptions and management groups in this tenant. <span class="link">Learn more</span></p>
    <div class="seg"><span>Yes</span><span class="on">No</span></div>
    <h2 class="sectiontitle" ${co('security-defaults-section')}>Security defaults</h2>
    <p class="para">Security defaults are basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks. <span class="link">Learn more</span></p>
    <p class="para"><span class="link strong" ${co('manage-security-defaults')}>Manage security defaults</span></p>
  </div>
  <style>
    .props .savebar { margin-bottom: 12px; }
    .props .sectiontitle { margin: 4px 0 10px; }
    .props .fields { display: grid; grid-template-columns: 440px 440px; column-gap: 32px; row-gap: 8px; margin-bottom: 16px; }
    .props .plain { height: 32px; display: flex; align-items: center; color: var(--fg2); }
    .props .copy { color: var(--brand); }
    .props .para { color: var(--fg2); margin-bottom: 10px; }
    .props .seg { display: inline-flex; border: 1px solid var(--stroke1); border-radius: 4px; overflow: hidden; margin-bottom: 20px; }
    .props .seg span { padding: 5px 18px; }
    .props .seg span.on { background: var(--brand); color: #fff; font-weight: 600; }
  </style>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 830 },
  body: entraPage({
    nav: ['Entra ID', 'Overview'],
    navCallouts: { 'Entra ID': 'entra-id-nav', Overview: 'overview-nav' },
    main,
  }),
};
