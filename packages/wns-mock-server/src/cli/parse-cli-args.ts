import { parseArgs } from 'node:util'

/** What the `wns-mock-server` command line asked for. @internal */
export interface CliArgs {
  readonly port: number
  readonly host: string
  readonly caOut: string | undefined
  readonly json: boolean
  readonly help: boolean
}

/** Usage text of the `wns-mock-server` command. @internal */
export const CLI_USAGE = `Usage: wns-mock-server [options]

Starts a strict fake of WNS (login.live.com, login.microsoftonline.com, *.notify.windows.com)
on a loopback HTTPS port, with a certificate generated at start.

Options:
  --port <n>       port to listen on (0 picks a free one)      [default: 0]
  --host <addr>    loopback address to listen on               [default: 127.0.0.1]
  --ca-out <file>  write the server's certificate (PEM) to this file
  --json           print one JSON line: url, port, CA, app credentials, a sample channel
  -h, --help       show this text
`

/**
 * Parses the command line.
 * @throws {TypeError} for unknown flags or a port that is not an integer in 0–65535.
 * @internal
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      'ca-out': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65_535) {
    throw new TypeError(`--port must be an integer between 0 and 65535, not "${values.port}"`)
  }
  return { port, host: values.host, caOut: values['ca-out'], json: values.json, help: values.help }
}
