// Sign-in logs → a failed sign-in of the service account → Activity Details, Basic info (error 53003).
import { provider, serviceAccount } from '../../kit/data.mjs';
import { entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { signInDetailsPage } from '../../kit/sign-in-log.mjs';

const kv = (k, v, callout) => html`<div class="k">${k}</div><div class="v" ${co(callout)}>${v}</div>`;

const content = html`<div class="kv">
  ${kv('Date', '11/27/2026, 9:14:32 PM', 'date')}
  ${kv('Request ID', '7c1e0b52-93d4-4f0a-b6c8-1a2d3e4f5a60')}
  ${kv('Correlation ID', 'e3b9d6f1-0a47-4c2e-8d15-b6a2c9f07e43')}
  ${kv('Authentication requirement', 'Single-factor authentication')}
  ${kv('Status', `<span class="status failure">${icon('errorCircle', 14)}Failure</span>`, 'status')}
  ${kv('Continuous access evaluation', 'No')}
  ${kv('Sign-in error code', '<span class="strong">53003</span>', 'error-code')}
  ${kv('Failure reason', 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', 'failure-reason')}
  ${kv('Follow these steps:', '<span class="link">Launch the Sign-in Diagnostic.</span>')}
  ${kv('User', serviceAccount.name)}
  ${kv('Username', serviceAccount.upn, 'username')}
  ${kv('User ID', serviceAccount.objectId)}
  ${kv('Application', 'Office 365 Exchange Online', 'application')}
  ${kv('Application ID', '00000002-0000-0ff1-ce00-000000000000')}
  ${kv('Client app', 'Exchange Web Services', 'client-app')}
  ${kv('IP address', provider.ip, 'ip-address')}
</div>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 660 },
  body: signInDetailsPage({ tab: 'Basic info', content }),
};
