import { assignVars, createGlobalTheme, globalStyle } from '@vanilla-extract/css';
import {
  autoTheme,
  autoThemeName,
  builtInThemes,
  darkSchemeQuery,
  defaultThemeName,
  themeSelector,
} from './themes/index';
import { vars } from './vars.css';

// Defaults on `:host` too, so the variables resolve inside shadow roots that adopt this sheet.
createGlobalTheme(':root, :host', vars, builtInThemes[defaultThemeName]);

for (const [name, values] of Object.entries(builtInThemes)) {
  createGlobalTheme(themeSelector(name as keyof typeof builtInThemes), vars, values);
}

// `auto` follows the reader's colour scheme.
globalStyle(themeSelector(autoThemeName), {
  vars: assignVars(vars, builtInThemes[autoTheme.light]),
  '@media': { [darkSchemeQuery]: { vars: assignVars(vars, builtInThemes[autoTheme.dark]) } },
});
