import { Fragment, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  type CaseReport,
  causeStatusText,
  FINDING_TEXT,
  outcomeLine,
  REASON_TEXT,
  RETRY_TEXT,
  TRISTATE_TEXT,
  utcOf,
} from '../../engine/case-report';
import './printed-report.css';

/**
 * The case report as a printed page (Print, or Save as PDF): placed at the end of <body> and shown only
 * in print, where the app itself is hidden (printed-report.css). Black on white whatever the theme.
 */
export function PrintedReport({ report }: { report: CaseReport }) {
  return createPortal(<ReportDocument report={report} />, document.body);
}

function ReportDocument({ report }: { report: CaseReport }) {
  const a = report.answers;
  const change = a.recentChange;
  const reported: [string, string][] = [
    ['Error text', a.errorText ?? 'not given'],
    ...(a.recognised
      ? [
          ['Recognised', `${a.recognised.code ? `AADSTS${a.recognised.code}: ` : ''}${a.recognised.meaning}`] as [
            string,
            string,
          ],
        ]
      : []),
    ['Worked before', a.workedBefore ? TRISTATE_TEXT[a.workedBefore] : 'not answered'],
    [
      'Recent change in the tenant',
      [
        change?.answer ? TRISTATE_TEXT[change.answer] : 'not answered',
        change?.at ? `at ${utcOf(change.at)}` : '',
        change?.kindLabel ? `(${change.kindLabel})` : '',
      ]
        .filter(Boolean)
        .join(' '),
    ],
    ['Service account', a.serviceAccount ?? 'not given'],
    ['Application (client) ID', a.applicationId ?? 'not given'],
  ];
  const ruledOut = report.causes.filter((c) => c.status === 'ruled-out');

  return (
    <article className="print-report" data-testid="printed-report">
      <h1>Case report: 401 Unauthorized on the Microsoft 365 backup</h1>
      <p className="outcome">{outcomeLine(report)}</p>
      <dl>
        <dt>Generated</dt>
        <dd>{utcOf(report.generatedAt)}</dd>
        <dt>App version</dt>
        <dd>
          {report.app.name} {report.app.version}
        </dd>
        <dt>Content reviewed</dt>
        <dd>{report.contentReviewed ?? 'unknown'}</dd>
        {report.sampleData && (
          <>
            <dt>Sample data</dt>
            <dd>{report.sampleData}</dd>
          </>
        )}
      </dl>
      {report.redacted && (
        <p className="hidden-details">
          Tenant details hidden: email addresses, IDs, IP addresses and domain names are replaced.
        </p>
      )}

      <Section title="What was reported">
        <dl>
          {reported.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </Section>

      <Section title="Ruled out">
        <p>{ruledOut.length ? ruledOut.map((c) => `${c.number}. ${c.shortTitle}`).join(' · ') : 'Nothing yet.'}</p>
      </Section>

      <Section title="Causes">
        {report.causes.map((cause) => (
          <section key={cause.id}>
            <h3>
              {cause.number}. {cause.shortTitle}: {causeStatusText(cause)}
              {cause.decidedAt && ` at ${utcOf(cause.decidedAt)}`}
              {cause.decidedBy && ` (decided by ${cause.decidedBy === 'you' ? 'you' : 'the automatic check'})`}
            </h3>
            <ul>
              {cause.choices.map((c) => (
                <li key={`${c.step}-${c.at}`}>
                  {c.question} → {c.answer}
                </li>
              ))}
              {cause.retries.map((r) => (
                <li key={`${r.step}-${r.at}`}>
                  Applied “{r.fix}”, retried at {utcOf(r.at)}: {RETRY_TEXT[r.result]}
                </li>
              ))}
              {cause.automaticCheck && (
                <li>
                  Automatic check at {utcOf(cause.automaticCheck.checkedAt)}:{' '}
                  {FINDING_TEXT[cause.automaticCheck.verdict]}
                  {cause.automaticCheck.findings === null ? (
                    <> (the evidence stayed in the browser tab that ran the check)</>
                  ) : (
                    <ul>
                      {cause.automaticCheck.findings.map((f) => (
                        <li key={`${f.source}-${f.text}`}>
                          {FINDING_TEXT[f.status]}
                          {f.warning && ' (warning only)'}
                          {f.reason && ` (${REASON_TEXT[f.reason]})`}: {f.text}{' '}
                          <span className="source">{f.source}</span>
                          {f.manual && <> By hand: {f.manual}</>}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              )}
            </ul>
          </section>
        ))}
      </Section>

      <Section title="Path">
        {report.path.length === 0 ? (
          <p>Nothing done yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Time (UTC)</th>
                <th>Step</th>
                <th>What happened</th>
              </tr>
            </thead>
            <tbody>
              {report.path.map((p, i) => (
                // The path is append-only: an entry's place in it is its identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: entries can repeat, the index is stable
                <tr key={i}>
                  <td className="nowrap">{utcOf(p.at).slice(0, 16)}</td>
                  <td>{p.step}</td>
                  <td>{p.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title="Notes">
        {report.notes.length === 0 ? (
          <p>No notes.</p>
        ) : (
          report.notes.map((n) => (
            <section key={n.step}>
              <h3>{n.title}</h3>
              <p className="note">{n.text}</p>
            </section>
          ))
        )}
      </Section>
    </article>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
