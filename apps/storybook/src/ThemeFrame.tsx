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
    <SideBySide basis="20rem">
      {(name) => <ThemeFrame theme={name}>{children}</ThemeFrame>}
    </SideBySide>
  );
}

/**
 * One copy per built-in theme, side by side where they fit. A flex item never shrinks below its
 * content (`min-width: auto`), so a wide story (a fixed-width container, a wide table) widens its
 * own frame, and wraps, instead of spilling out of it: text drawn in `dark` must never overflow
 * onto the page's white, where it would be unreadable (and axe-core would rightly fail it).
 */
export function SideBySide({
  basis,
  gap,
  children,
}: {
  basis: string;
  gap?: string;
  children: (theme: BuiltInThemeName) => ReactNode;
}) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap }}>
      {builtInThemeNames.map((name) => (
        <div key={name} style={{ flex: `1 1 ${basis}`, display: 'grid' }}>
          {children(name)}
        </div>
      ))}
    </div>
  );
}
