import type { UserWorkspaceConfig } from 'vitest/config'

/**
 * Resolve our own packages to their TypeScript sources (the `@homepot/source` export condition),
 * so tests of one package see its siblings without a build step. The rest of the list repeats
 * Vite's default server conditions, which a custom list would otherwise replace.
 */
const conditions = ['@homepot/source', 'module', 'node', 'development|production']

/** Shared settings for every vitest project in the workspace. */
export function defineWorkspaceProject(name: string): UserWorkspaceConfig {
  return {
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  }
}
