import { createGlobalTheme } from '@vanilla-extract/css';
import { builtInThemes, defaultThemeName, themeSelector } from './themes/index';
import { vars } from './vars.css';

// Defaults on `:host` too, so the variables resolve inside shadow roots that adopt this sheet.
createGlobalTheme(':root, :host', vars, builtInThemes[defaultThemeName]);

for (const [name, values] of Object.entries(builtInThemes)) {
  createGlobalTheme(themeSelector(name as keyof typeof builtInThemes), vars, values);
}
