// Exchange Online PowerShell in Windows Terminal: the organisation's and the mailbox's EWS settings.
import { serviceAccount } from '../../kit/data.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';

const prompt = 'PS C:\\Users\\megan.bowen&gt; ';
const rule = '-'.repeat(96);

const screen = [
  'PowerShell 7.5.4',
  `${prompt}<span ${co('connect-command')}><span class="cmd">Connect-ExchangeOnline</span></span>`,
  '',
  rule,
  'This V3 EXO PowerShell module contains new REST API backed Exchange Online cmdlets which',
  "doesn't require WinRM for Client-Server communication.",
  '',
  'For more information check https://aka.ms/exov3-module',
  rule,
  '',
  `${prompt}<span ${co('org-config-command')}><span class="cmd">Get-OrganizationConfig</span> <span class="op">|</span> <span class="cmd">Format-List</span> EwsEnabled,EwsAllowedAppIDs</span>`,
  '',
  `<span ${co('ews-enabled')}>EwsEnabled       : False</span>`,
  `<span ${co('ews-allowed-app-ids')}>EwsAllowedAppIDs : {}</span>`,
  '',
  '',
  `${prompt}<span ${co('cas-mailbox-command')}><span class="cmd">Get-CASMailbox</span> ${serviceAccount.upn} <span class="op">|</span> <span class="cmd">Format-List</span> EwsEnabled</span>`,
  '',
  `<span ${co('mailbox-ews-enabled')}>EwsEnabled : True</span>`,
  '',
  '',
  prompt,
].join('\n');

export default {
  portal: 'Exchange Online PowerShell module',
  stylesheets: ['terminal'],
  viewport: { width: 1000, height: 540 },
  body: html`<div class="wt" data-frame>
    <div class="wt-bar">
      <div class="wt-tab" ${co('terminal-tab')}>${icon('powershell', 16)}<span>PowerShell</span><span class="x">${icon('close', 12)}</span></div>
      <div class="wt-new">${icon('plus', 14)}${icon('chevronDown', 12)}</div>
      <div class="wt-ctl"><span>${icon('minimize', 14)}</span><span>${icon('window', 12)}</span><span>${icon('close', 14)}</span></div>
    </div>
    <div class="wt-screen">${screen}</div>
  </div>`,
};
