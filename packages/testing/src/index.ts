export {
  chromiumArgs,
  chromePathVariable,
  findChromium,
  type FindChromiumOptions,
} from './chromium.ts';
export { ensureChromium, noInstallVariable, type EnsureChromiumOptions } from './ensureChromium.ts';
