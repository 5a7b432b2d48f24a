import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { startWnsMockServer, type WnsMockServer } from '../server/start-wns-mock-server'
import { CLI_USAGE, parseCliArgs } from './parse-cli-args'

/** Where the output goes; a parameter so tests can capture it. @internal */
export interface CliOutput {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

/**
 * Runs `wns-mock-server`: starts the server, writes the CA file if asked, and prints where it
 * listens with a ready-made app's credentials and a sample channel. Resolves with the server
 * (or `undefined` after `--help` or a usage error, with `process.exitCode` set).
 * @internal
 */
export async function runCli(
  argv: readonly string[],
  output: CliOutput,
): Promise<WnsMockServer | undefined> {
  let args: ReturnType<typeof parseCliArgs>
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    output.err(`${(error as Error).message}\n\n${CLI_USAGE}`)
    process.exitCode = 2
    return undefined
  }
  if (args.help) {
    output.out(CLI_USAGE)
    return undefined
  }
  const server = await startWnsMockServer({ port: args.port, host: args.host })
  const caFile = args.caOut === undefined ? undefined : resolve(args.caOut)
  if (caFile !== undefined) await writeFile(caFile, server.ca, 'utf8')
  const app = server.defaultApp
  const entra = server.registerEntraApp()
  const channel = server.createChannel({ app })
  if (args.json) {
    output.out(
      JSON.stringify({
        url: server.url,
        host: server.host,
        port: server.port,
        caFile: caFile ?? null,
        ca: server.ca,
        app: pick(app, ['packageSid', 'clientSecret', 'tokenUrl', 'scope']),
        entraApp: pick(entra, ['tenantId', 'clientId', 'clientSecret', 'tokenUrl', 'scope']),
        channel,
      }),
    )
  } else {
    output.out(
      [
        `WNS mock listening on ${server.url}`,
        `  routes login.live.com, login.microsoftonline.com and *.notify.windows.com (use createMockServerAgent)`,
        caFile === undefined
          ? '  CA: pass --ca-out <file> to write it'
          : `  CA written to ${caFile}`,
        `  app (login.live.com): client_id=${app.packageSid} client_secret=${app.clientSecret}`,
        `  app (Entra ID):       tenant=${entra.tenantId} client_id=${entra.clientId} client_secret=${entra.clientSecret}`,
        `  sample channel:       ${channel}`,
      ].join('\n'),
    )
  }
  return server
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>
}
