export {
  tokenContract,
  cssVariableName,
  type ClinicThemeValues,
  type ColorToken,
} from './contract';
export { vars } from './vars.css';
import './themes.css';
export {
  calm,
  warm,
  dark,
  builtInThemes,
  builtInThemeNames,
  defaultThemeName,
  autoThemeName,
  autoTheme,
  themeNames,
  darkSchemeQuery,
  themeAttribute,
  themeClassName,
  themeSelector,
  isBuiltInThemeName,
  isThemeName,
  type BuiltInThemeName,
  type ThemeName,
} from './themes/index';
export {
  contrastPairs,
  checkThemeContrast,
  describeContrast,
  AA_TEXT,
  AA_NON_TEXT,
  type ContrastPair,
  type ContrastResult,
} from './contrast';
export { contrastRatio } from './color';
export {
  createClinicTheme,
  toCssVariables,
  type ClinicTheme,
  type ClinicThemeOverrides,
  type ClinicDtcgDocument,
  type ClinicCssVariables,
  type CreateClinicThemeOptions,
} from './createClinicTheme';
export { assertCompleteTheme } from './validate';
