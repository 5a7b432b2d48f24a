#!/usr/bin/env node
import { WNS_NOTIFICATION_TYPES, type WnsNotificationType } from '@homepot/wns-core'
import { SingleBar } from 'cli-progress'
import { Command, InvalidArgumentError, Option } from 'commander'
import { runReal } from './real-mode'
import { renderReport } from './render'
import { runDemo } from './run-demo'

function positiveInteger(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}`)
    }
    return n
  }
}

const program = new Command()
  .name('homepot-demo')
  .description(
    'Notify a fleet of simulated Windows POS terminals through @homepot/push and the embedded fake WNS.',
  )
  .addOption(
    new Option('--devices <n>', 'number of simulated terminals')
      .default(200)
      .argParser(positiveInteger('--devices', 100_000)),
  )
  .addOption(
    new Option('--type <type>', 'notification type to send')
      .choices([...WNS_NOTIFICATION_TYPES, 'all'])
      .default('all'),
  )
  .addOption(
    new Option('--concurrency <n>', 'notifications in flight at once')
      .default(16)
      .argParser(positiveInteger('--concurrency', 1024)),
  )
  .option('--json', 'print a machine-readable summary instead of the progress bar and table', false)
  .option(
    '--real',
    'send to the real WNS: credentials from WNS_PACKAGE_SID / WNS_CLIENT_SECRET, channels from --channels',
    false,
  )
  .option('--channels <file>', 'with --real: a file of channel URIs, one per line')
  .showHelpAfterError()

async function main(): Promise<void> {
  program.parse()
  const options = program.opts<{
    devices: number
    type: string
    concurrency: number
    json: boolean
    real: boolean
    channels?: string
  }>()
  const types =
    options.type === 'all' ? WNS_NOTIFICATION_TYPES : [options.type as WnsNotificationType]

  if (options.real) {
    const channelsFile = options.channels
    if (!channelsFile)
      return program.error('--real needs --channels <file> with one channel URI per line')
    const summaries = await runReal(channelsFile, types, options.concurrency)
    console.log(JSON.stringify({ real: true, summaries }, null, options.json ? 0 : 2))
    return
  }

  const bar = options.json
    ? undefined
    : new SingleBar({
        format: ' {type} |{bar}| {value}/{total} terminals',
        hideCursor: true,
        // Outside a terminal (CI logs) print progress lines instead of redrawing one.
        noTTYOutput: true,
        notTTYSchedule: 500,
      })
  const report = await runDemo(
    { devices: options.devices, types, concurrency: options.concurrency },
    {
      onTypeStart: (type, total) => bar?.start(total, 0, { type: type.padEnd(5) }),
      onProgress: (_type, done) => bar?.update(done),
      onTypeEnd: () => bar?.stop(),
    },
  )
  process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : renderReport(report))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `demo failed: ${error.message}` : error)
  process.exitCode = 1
})
