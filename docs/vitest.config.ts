import { defineProject } from 'vitest/config'
import { defineWorkspaceProject } from '../vitest.shared'

export default defineProject(defineWorkspaceProject('docs'))
