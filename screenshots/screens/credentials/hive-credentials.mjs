// Hive → Connections → Microsoft 365: the four credential fields and Save.
import { app, serviceAccount, tenant } from '../../kit/data.mjs';
import { hivePage, hivePortal } from '../../kit/hive.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';

const field = (label, value, { callout, secret, help } = {}) => html`<div class="hv-field">
  <label>${label}</label>
  <div class="hv-input" ${co(callout)}><span class="v${secret ? ' mask' : ''}">${value}</span>${secret ? icon('eye', 18) : ''}</div>
  ${help ? `<div class="hv-help">${help}</div>` : ''}
</div>`;

const main = html`
  <div class="row" style="justify-content:space-between;margin-bottom:4px">
    <h1>Microsoft 365 connection</h1>
  </div>
  <p style="color:#5b6770;margin-bottom:16px">Tenant: ${tenant.initialDomain}</p>
  <div class="hv-alert" style="margin-bottom:16px" ${co('connection-status')}>${icon('errorCircle', 18)}<span><b>Last backup failed:</b> 401 Unauthorized · Nov 27, 2026, 9:14 PM</span></div>
  <div class="hv-card">
    <h2 style="font-size:16px;font-weight:700;margin-bottom:16px">Credentials</h2>
    ${field('Email address', serviceAccount.upn, { callout: 'email-address', help: 'The service account that the backup signs in with.' })}
    ${field('App Password', '••••••••••••••••', { callout: 'app-password', secret: true })}
    ${field('Application ID', app.appId, { callout: 'application-id' })}
    ${field('Application Secret', '••••••••••••••••••••••••••••••••', { callout: 'application-secret', secret: true })}
    <div class="row" style="gap:12px;margin-top:8px">
      <span class="hv-btn primary" ${co('save')}>Save</span>
      <span class="hv-btn" ${co('test-connection')}>Test connection</span>
    </div>
  </div>
  <style>.mask { font-size: 22px; letter-spacing: 1px; line-height: 20px; }</style>`;

export default {
  portal: hivePortal,
  stylesheets: ['hive'],
  viewport: { width: 1040, height: 720 },
  body: hivePage({
    active: 'Connections',
    navCallouts: { Connections: 'connections-nav' },
    crumbs: ['Connections', 'Microsoft 365'],
    main,
  }),
};
