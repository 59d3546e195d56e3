import type { BuiltInThemeName } from '@clinic-ui/tokens';
import { themeAttribute, vars } from '@clinic-ui/tokens';
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
