import { defineConfig } from 'vitest/config';
import { browserProject, unitProject } from './src/vitest.ts';

export default defineConfig({
  test: { projects: [unitProject(), browserProject()] },
});
