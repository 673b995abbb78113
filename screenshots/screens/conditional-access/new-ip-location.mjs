// The "New location (IP ranges)" pane (Conditional Access → Named locations → + IP ranges location).
import { provider } from '../../kit/data.mjs';
import { bladeHeader, entraPage, entraPortal, pane } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';

const body = html`
  <div class="field" style="margin-bottom:16px"><label class="required">Name</label>
    <div class="input" ${co('name')}><span class="value">${provider.location}</span></div></div>
  <div class="check" style="margin-bottom:6px" ${co('mark-as-trusted')}><span class="box"></span><span>Mark as trusted location</span></div>
  <p class="small muted" style="margin-bottom:18px">Trusted locations relax other policies and lower the sign-in risk of users who sign in from them.</p>
  <div class="row" style="margin-bottom:8px">
    <div class="input" style="flex:1" ${co('ip-range-input')}><span class="placeholder">Enter a new IPv4 or IPv6 range</span></div>
    <span class="btn" style="min-width:32px;padding:0 6px" ${co('add-range')}>${icon('plus', 16)}</span>
  </div>
  <div class="row small" style="gap:16px;margin-bottom:8px;color:var(--brand)">
    <span class="row" style="gap:4px">${icon('upload', 14)}Upload</span><span class="row" style="gap:4px">${icon('download', 14)}Download</span>
    <span class="row" style="gap:4px;color:var(--fg-disabled)">${icon('delete', 14)}Delete</span>
  </div>
  <table class="grid">
    <colgroup><col class="cb"><col></colgroup>
    <thead><tr><th><span class="check"><span class="box"></span></span></th><th ${co('ip-ranges-column')}>IP ranges</th></tr></thead>
    <tbody><tr ${co('ip-range-row')}><td><span class="check"><span class="box"></span></span></td><td>${provider.range}</td></tr></tbody>
  </table>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 520 },
  body: entraPage({
    nav: ['Entra ID', 'Conditional Access'],
    main: bladeHeader({ crumbs: ['Home', 'Conditional Access'], title: 'Conditional Access | Named locations' }),
    overlay: pane({
      title: 'New location (IP ranges)',
      width: 520,
      body,
      footer: html`<span class="btn primary" ${co('create')}>Create</span>`,
      frame: true,
      titleCallout: 'pane-title',
    }),
  }),
};
