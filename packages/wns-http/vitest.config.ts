import { defineProject } from 'vitest/config'
import { defineWorkspaceProject } from '../../vitest.shared.ts'

export default defineProject(defineWorkspaceProject('wns-http'))
