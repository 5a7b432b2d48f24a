#!/usr/bin/env node
import { runCli } from './cli/run-cli'

// The `wns-mock-server` bin. It prints the fake credentials it made on purpose: they are a
// test fixture, valid only against this process.
const server = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
})
if (server !== undefined) {
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
