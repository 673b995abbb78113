import type { CaseReport } from '../../engine/case-report';

/** Saves text as a file through the browser's download, without a server. */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL by now; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "401-case-report-2026-11-28-1405" (+ "-redacted"): sorts by time, says what it is. */
export function reportFileName(report: CaseReport): string {
  const stamp = report.generatedAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `401-case-report-${stamp}${report.redacted ? '-redacted' : ''}`;
}
