/**
 * The plain-text report the Diagnostics section copies for support: which extension and browser,
 * then the worker's error log, newest first, one line each. Times are UTC (ISO 8601) so support
 * reads them the same wherever the user is.
 */
import type { ErrorLogEntry } from '../../shared/messaging/protocol/diagnostics';

export interface ReportSource {
  version: string;
  browser: string;
}

export interface ReportLabels {
  title: string;
  version: string;
  browser: string;
  entries: string;
  empty: string;
}

export function diagnosticsReport(
  source: ReportSource,
  entries: readonly ErrorLogEntry[],
  labels: ReportLabels,
): string {
  const lines = [
    labels.title,
    `${labels.version}: ${oneLine(source.version)}`,
    `${labels.browser}: ${oneLine(source.browser)}`,
    '',
    `${labels.entries} (${entries.length}):`,
  ];
  if (entries.length === 0) lines.push(labels.empty);
  for (const entry of entries) {
    lines.push(`${new Date(entry.at).toISOString()}  ${oneLine(entry.context)}  ${oneLine(entry.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** An entry is one line of the report, whatever its message holds. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
