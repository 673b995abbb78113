// The Conditional Access policy editor (Entra ID → Conditional Access → Policies → a policy), shared by two screens.
import { bladeHeader, commandBar } from './entra.mjs';
import { co, html } from './html.mjs';
import { icon } from './icons.mjs';

const info = `<span class="i">${icon('info', 14)}</span>`;

const assignment = (
  key,
  label,
  summary,
  selected,
  callout,
) => html`<div class="asg${selected === key ? ' sel' : ''}" ${co(callout)}>
  <div class="asg-l">${label} ${info}</div>
  <div class="link">${summary}</div>
</div>`;

/** The editor: the assignments list on the left (one selected), `detail` on the right, the Enable policy bar below. */
export function policyEditor({ selected, detail, enableState = 'On' }) {
  return html`
    ${bladeHeader({ crumbs: ['Home', 'Conditional Access | Policies'], title: 'Block legacy authentication', sub: 'Conditional Access policy', bicon: 'shieldCheck' })}
    ${commandBar([
      { icon: 'delete', label: 'Delete' },
      { icon: 'info', label: 'View policy information' },
      { icon: 'feedback', label: 'Got feedback?' },
    ])}
    <div class="ca">
      <div class="ca-left">
        <p class="muted small">Control access based on Conditional Access policy to bring signals together, to make decisions, and enforce organizational policies. <span class="link">Learn more</span></p>
        <div class="field" style="margin:12px 0 16px"><label class="required">Name</label><div class="input"><span class="value">Block legacy authentication</span></div></div>
        <h3 class="ca-h">Assignments</h3>
        ${assignment('users', 'Users', 'All users included and specific users excluded', selected, 'users-assignment')}
        ${assignment('resources', 'Target resources', "All resources (formerly 'All cloud apps')", selected)}
        ${assignment('network', 'Network <span class="new">NEW</span>', 'Any network or location and 1 excluded', selected, 'network-assignment')}
        ${assignment('conditions', 'Conditions', '1 condition selected', selected, 'conditions-assignment')}
        <h3 class="ca-h">Access controls</h3>
        ${assignment('grant', 'Grant', 'Block access', selected, 'grant-control')}
        ${assignment('session', 'Session', '0 controls selected', selected)}
      </div>
      <div class="ca-right">${detail}</div>
    </div>
    <div class="ca-foot">
      <div class="enable" ${co('enable-policy')}>
        <div class="label">Enable policy</div>
        <div class="seg">
          ${['Report-only', 'On', 'Off'].map(
            (s) =>
              html`<span class="${s === enableState ? 'on' : ''}" ${co(`enable-policy-${s.toLowerCase()}`)}>${s}</span>`,
          )}
        </div>
      </div>
      <span class="btn primary" ${co('save')}>Save</span>
    </div>
    <style>
      .ca { flex: 1; display: grid; grid-template-columns: 360px 1fr; min-height: 0; overflow: hidden; }
      .ca-left { padding: 16px 24px; border-right: 1px solid var(--stroke2); }
      .ca-right { padding: 16px 24px; }
      .ca-h { font-size: 14px; font-weight: 600; margin: 4px 0 6px; }
      .asg { position: relative; padding: 5px 10px 6px; margin: 0 -10px 2px; border-radius: 4px; }
      .asg .link { font-size: 13px; }
      .asg.sel { background: var(--brand-bg2); }
      .asg.sel::before { content: ""; position: absolute; left: 0; top: 8px; bottom: 8px; width: 3px; border-radius: 2px; background: var(--brand); }
      .asg-l { display: flex; align-items: center; gap: 4px; font-weight: 600; }
      .i { color: var(--fg3); display: inline-flex; }
      .new { font-size: 10px; line-height: 14px; font-weight: 600; color: #fff; background: var(--brand); border-radius: 3px; padding: 0 4px; }
      .ca-foot { display: flex; align-items: flex-end; gap: 16px; padding: 12px 24px 16px; border-top: 1px solid var(--stroke2); }
      .enable .label { margin-bottom: 4px; }
      .seg { display: inline-flex; border: 1px solid var(--stroke1); border-radius: 4px; overflow: hidden; }
      .seg span { padding: 5px 16px; border-right: 1px solid var(--stroke1); }
      .seg span:last-child { border-right: 0; }
      .seg span.on { background: var(--brand); color: #fff; font-weight: 600; }
      .ca-right .desc { margin-bottom: 12px; }
      .ca-right .tabs { margin-bottom: 14px; }
      .ca-right .opts { display: flex; flex-direction: column; gap: 8px; margin-bottom: 16px; }
      .picked { border: 1px solid var(--stroke2); border-radius: 4px; }
      .picked .it { display: flex; align-items: center; gap: 10px; padding: 8px 12px; border-bottom: 1px solid var(--stroke3); }
      .picked .it:last-child { border-bottom: 0; }
      .picked .it .more { margin-left: auto; color: var(--fg2); }
      .picked .it .sub { font-size: 12px; line-height: 16px; color: var(--fg3); }
    </style>`;
}
