// The "Apps that don't use modern authentication" panel: Allow access / Block access, and Save.
import { co, html } from '../../kit/html.mjs';
import { adminPage, sharePointPortal, sidePanel } from '../../kit/m365.mjs';
import { accessControlMain } from '../../kit/sharepoint-access-control.mjs';

const radio = (label, { on, callout } = {}) =>
  html`<div class="radio${on ? ' on' : ''}" ${co(callout)}><span class="dot"></span><span>${label}</span></div>`;

const body = html`
  <p style="color:var(--fg2);margin-bottom:16px">Some third-party apps and Office apps older than Office 2013 can't enforce device-based restrictions. Control access from these apps.</p>
  <div style="display:flex;flex-direction:column;gap:10px">
    ${radio('Allow access', { callout: 'allow-access' })}
    ${radio('Block access', { on: true, callout: 'block-access' })}
  </div>`;

export default {
  portal: sharePointPortal,
  stylesheets: ['m365'],
  viewport: { width: 1280, height: 360 },
  body: adminPage({
    kind: 'sharepoint',
    path: ['Policies', 'Access control'],
    main: accessControlMain,
    panel: sidePanel({
      title: "Apps that don't use modern authentication",
      width: 480,
      body,
      footer: html`<span class="btn primary" ${co('save')}>Save</span><span class="btn" ${co('cancel')}>Cancel</span>`,
      frame: true,
      titleCallout: 'panel-title',
    }),
  }),
};
