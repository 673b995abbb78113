// Entra ID → Users → All users → Per-user MFA: the "Per-user multifactor authentication" page and its two tabs.
import { bladeHeader, commandBar, entraPage } from './entra.mjs';
import { co, html } from './html.mjs';

/** The page with `tab` ('Users' or 'Service settings') selected and `content` below the tabs. */
export function perUserMfaPage({ tab, commands, content }) {
  return entraPage({
    nav: ['Entra ID', 'Users', 'All users'],
    navCallouts: { 'All users': 'all-users-nav' },
    main: html`${bladeHeader({ crumbs: ['Home', 'Users'], title: 'Per-user multifactor authentication', bicon: 'lock' })}
      ${commands ? commandBar(commands) : ''}
      <div class="content">
        <div class="tabs" style="margin-bottom:16px">
          <span class="tab${tab === 'Users' ? ' on' : ''}" ${co('users-tab')}>Users</span>
          <span class="tab${tab === 'Service settings' ? ' on' : ''}" ${co('service-settings-tab')}>Service settings</span>
        </div>
        ${content}
      </div>`,
  });
}
