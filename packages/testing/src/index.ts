export {
  chromiumArgs,
  chromePathVariable,
  findChromium,
  type FindChromiumOptions,
} from './chromium.ts';
