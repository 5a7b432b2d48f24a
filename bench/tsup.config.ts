import { defineConfig } from 'tsup'

export default defineConfig({
  // The harness, and the two kinds of child process it forks: a measuring child per run and
  // the fake WNS responder.
  entry: {
    run: 'src/run.ts',
    measure: 'src/measure/measure-main.ts',
    responder: 'src/responder/responder-main.ts',
  },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
})
