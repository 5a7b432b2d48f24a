import Table from 'cli-table3'
import type { DemoReport } from './run-demo'

/** The human-readable summary: fleet, one row per notification type, and a sample payload. */
export function renderReport(report: DemoReport): string {
  const fleet = Object.entries(report.fleet)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => `${count} ${state}`)
    .join(', ')
  const codes = [...new Set(report.summaries.flatMap((s) => Object.keys(s.failedByCode)))].sort()
  const table = new Table({
    head: ['type', 'sent', 'dropped', 'failed', ...codes, 'removed', 'time'],
    style: { head: [], border: [] },
  })
  for (const s of report.summaries) {
    table.push([
      s.type,
      s.sent,
      s.dropped,
      s.failed,
      ...codes.map((code) => s.failedByCode[code] ?? 0),
      s.channelsRemoved,
      `${Math.round(s.durationMs)} ms`,
    ])
  }
  const lines = [
    '',
    `Fleet: ${report.devices} terminals (${fleet})`,
    table.toString(),
    `Channels removed after 410: ${report.channelsRemoved}; terminals asked to re-register after 404: ${report.terminalsToReregister}`,
    `Fake WNS answered ${report.server.tokenRequests} token request(s) and ${report.server.notificationRequests} notification requests in ${Math.round(report.durationMs)} ms`,
  ]
  if (report.sample) {
    lines.push(
      '',
      `What the fake WNS received for ${report.sample.terminal} (${report.sample.type}):`,
      report.sample.body,
    )
  }
  return `${lines.join('\n')}\n`
}
