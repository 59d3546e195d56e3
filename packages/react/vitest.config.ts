import { browserProject, unitProject } from '@clinic-ui/testing/vitest';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { defineConfig } from 'vitest/config';

const setupFiles = ['src/test/setup.ts'];

export default defineConfig({
  plugins: [vanillaExtractPlugin()],
  test: { projects: [unitProject({ setupFiles }), browserProject({ setupFiles })] },
});
