import type { BuiltInThemeName } from '@clinic-ui/tokens';
import { builtInThemes, themeAttribute, vars } from '@clinic-ui/tokens';
import type { ReactNode } from 'react';

/** Paints a story on a theme's surface, with its text colour and font, as a page would. */
export function ThemeFrame({ theme, children }: { theme: BuiltInThemeName; children: ReactNode }) {
  return (
    <div
      {...{ [themeAttribute]: theme }}
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

/** The toolbar's choice: one built-in theme, or every one side by side. */
export type ThemeChoice = BuiltInThemeName | 'both';

/** Renders a story in the chosen theme, or once per built-in theme side by side. */
export function ThemedStory({
  theme = 'calm',
  children,
}: {
  theme?: ThemeChoice;
  children: ReactNode;
}) {
  if (theme !== 'both') return <ThemeFrame theme={theme}>{children}</ThemeFrame>;
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
      }}
    >
      {(Object.keys(builtInThemes) as BuiltInThemeName[]).map((name) => (
        <ThemeFrame key={name} theme={name}>
          {children}
        </ThemeFrame>
      ))}
    </div>
  );
}
