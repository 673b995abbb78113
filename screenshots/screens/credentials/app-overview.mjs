// Entra ID → App registrations → "Hive Backup Connector" → Overview: the Essentials with the three IDs.
import { app, tenant } from '../../kit/data.mjs';
import { bladeBody, bladeHeader, entraPage, entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { appRegistrationMenu } from '../../kit/menus.mjs';

const copy = `<span class="cp">${icon('copy', 14)}</span>`;
const ess = (k, v, callout) =>
  html`<div class="ess"><span class="k">${k}</span><span class="v" ${co(callout)}>${v}</span></div>`;

const content = html`
  <div class="row esshead"><span class="strong">${icon('chevronUp', 12)}</span><span class="strong">Essentials</span></div>
  <div class="essentials" ${co('essentials')}>
    <div>
      ${ess('Display name', `<span class="link">${app.name}</span>`, 'display-name')}
      ${ess('Application (client) ID', `${app.appId}${copy}`, 'application-client-id')}
      ${ess('Object ID', `${app.objectId}${copy}`, 'object-id')}
      ${ess('Directory (tenant) ID', `${tenant.id}${copy}`, 'directory-tenant-id')}
      ${ess('Supported account types', '<span class="link">My organization only</span>')}
    </div>
    <div>
      ${ess('Client credentials', '<span class="link">0 certificate, 2 secrets</span>', 'client-credentials')}
      ${ess('Redirect URIs', '<span class="link">Add a Redirect URI</span>')}
      ${ess('Application ID URI', '<span class="link">Add an Application ID URI</span>')}
      ${ess('Managed application in l…', `<span class="link">${app.name}</span>`)}
    </div>
  </div>
  <div class="tabs" style="margin-top:16px"><span class="tab on">Get Started</span><span class="tab">Documentation</span></div>
  <h2 class="sectiontitle" style="margin:20px 0 6px;text-align:center">Build your application with the Microsoft identity platform</h2>
  <p class="muted" style="text-align:center">The Microsoft identity platform is an authentication service, open-source libraries, and application management tools.</p>
  <style>
    .esshead { gap: 6px; margin-bottom: 4px; }
    .essentials { grid-template-columns: 1.2fr 0.8fr; }
    .ess { grid-template-columns: 176px 1fr; }
    .cp { display: inline-flex; margin-left: 6px; }
  </style>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1440, height: 600 },
  body: entraPage({
    nav: ['Entra ID', 'App registrations'],
    navCallouts: { 'App registrations': 'app-registrations-nav' },
    main: html`${bladeHeader({ crumbs: ['Home', 'App registrations'], title: app.name, bicon: 'appReg', titleCallout: 'app-name' })}
      ${bladeBody({
        menu: appRegistrationMenu,
        active: 'Overview',
        menuCallouts: { Overview: 'overview-nav', 'Certificates & secrets': 'certificates-secrets-nav' },
        commands: [
          { icon: 'delete', label: 'Delete' },
          { icon: 'globe', label: 'Endpoints' },
          { icon: 'flask', label: 'Preview features' },
        ],
        content,
      })}`,
  }),
};
