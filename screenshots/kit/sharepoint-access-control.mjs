// SharePoint admin center → Policies → Access control: the page both SharePoint screens show.
import { co, html } from './html.mjs';

const settings = [
  [
    'Unmanaged devices',
    "Restrict access from devices that aren't compliant or joined to a domain.",
    'Allow full access',
    'unmanaged-devices',
  ],
  ['Idle session sign-out', 'Automatically sign out users from inactive browser sessions.', 'Off'],
  ['Network location', 'Allow access only from specific IP address ranges.', 'Off', 'network-location'],
  [
    "Apps that don't use modern authentication",
    "Control access from apps that can't enforce device-based restrictions.",
    'Block access',
    'legacy-apps',
  ],
];

export const accessControlMain = html`
  <h1 ${co('page-title')}>Access control</h1>
  <p class="muted" style="margin-bottom:16px">Control access to SharePoint and OneDrive content based on the device, network and app that people use.</p>
  <table class="grid">
    <colgroup><col style="width:34%"><col style="width:46%"><col style="width:20%"></colgroup>
    <thead><tr><th>Name</th><th>Description</th><th ${co('status-column')}>Status</th></tr></thead>
    <tbody>${settings.map(
      ([name, description, status, id]) => html`<tr ${co(id === 'legacy-apps' ? 'legacy-apps-setting' : id)}>
        <td><span class="link">${name}</span></td>
        <td class="muted">${description}</td>
        <td><span ${co(id === 'legacy-apps' ? 'legacy-apps-value' : '')}>${status}</span></td>
      </tr>`,
    )}</tbody>
  </table>
  <style>.grid td { height: 52px; white-space: normal; }</style>`;
