// The same failed sign-in's Conditional Access tab: "Block legacy authentication" has Result Failure.
import { entraPortal } from '../../kit/entra.mjs';
import { co, html } from '../../kit/html.mjs';
import { icon } from '../../kit/icons.mjs';
import { signInDetailsPage } from '../../kit/sign-in-log.mjs';

const failure = `<span class="status failure">${icon('errorCircle', 14)}Failure</span>`;
const policies = [
  ['Block legacy authentication', 'Block access', failure, 'block-legacy'],
  ['Require multifactor authentication for all users', 'Require multifactor authentication', 'Not Applied'],
  ['Require multifactor authentication for admins', 'Require multifactor authentication', 'Not Applied'],
  ['Block sign-ins from outside Europe (test)', 'Block access', 'Disabled'],
];

const content = html`
  <div class="row" style="gap:12px;margin-bottom:12px">
    <div class="searchbox" style="width:220px">${icon('search', 14)}<span>Search</span></div>
    <span class="pill"><b>Result</b> : All</span>
  </div>
  <table class="grid">
    <colgroup><col style="width:46%"><col style="width:36%"><col style="width:18%"></colgroup>
    <thead><tr><th ${co('policy-name-column')}>Policy Name</th><th ${co('grant-controls-column')}>Grant Controls</th><th ${co('result-column')}>Result</th></tr></thead>
    <tbody>${policies.map(
      ([name, grant, result, id]) => html`<tr ${co(id ? `policy-${id}` : '')}>
        <td><span class="link">${name}</span></td><td>${grant}</td><td><span ${co(id ? 'result-failure' : '')}>${result}</span></td>
      </tr>`,
    )}</tbody>
  </table>`;

export default {
  portal: entraPortal,
  stylesheets: ['entra'],
  viewport: { width: 1280, height: 660 },
  body: signInDetailsPage({ tab: 'Conditional Access', content }),
};
