import {
  builtInThemeNames,
  defaultThemeName,
  isBuiltInThemeName,
  themeClassName,
  vars,
  type BuiltInThemeName,
} from '@clinic-ui/tokens';
import type { ReactNode } from 'react';

/** The toolbar's choice that shows every built-in theme at once, side by side. */
export const sideBySide = 'both';

/** The toolbar's choice: one built-in theme, or every one side by side. */
export type ThemeChoice = BuiltInThemeName | typeof sideBySide;

/**
 * The toolbar's choices, in order: each built-in theme (the tokens package's list, so a new theme
 * appears here by itself), then all of them side by side.
 */
export const themeChoices: readonly ThemeChoice[] = [...builtInThemeNames, sideBySide];

/** The choice named `name`, or the default theme when `name` names none (such as `''`). */
export function toThemeChoice(name: string | undefined): ThemeChoice {
  return name === sideBySide || isBuiltInThemeName(name) ? name : defaultThemeName;
}

/** Paints a story on a theme's surface, with its text colour and font, as a page would. */
export function ThemeFrame({ theme, children }: { theme: BuiltInThemeName; children: ReactNode }) {
  return (
    <div
      className={themeClassName(theme)}
      style={{
        background: vars.color.surface,
        color: vars.color.text,
        fontFamily: vars.font.body,
        lineHeight: vars.lineHeight.normal,
        padding: vars.space.lg,
        minHeight: '100%',
        boxSizing: 'border-box',
      }}
    >
      {children}
    </div>
  );
}

/** Renders a story in the chosen theme, or once per built-in theme side by side. */
export function ThemedStory({ theme, children }: { theme: ThemeChoice; children: ReactNode }) {
  if (theme !== sideBySide) return <ThemeFrame theme={theme}>{children}</ThemeFrame>;
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
      }}
    >
      {builtInThemeNames.map((name) => (
        <ThemeFrame key={name} theme={name}>
          {children}
        </ThemeFrame>
      ))}
    </div>
  );
}
