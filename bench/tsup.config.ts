import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/run.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
})
