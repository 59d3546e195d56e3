import {
  AA_TEXT,
  builtInThemes,
  checkThemeContrast,
  cssVariableName,
  type BuiltInThemeName,
  type ContrastResult,
  type ClinicThemeValues,
  vars,
} from '@clinic-ui/tokens';
import type { CSSProperties, ReactNode } from 'react';
import { SideBySide, ThemeFrame } from '../ThemeFrame';

const cell: CSSProperties = {
  borderBottom: `1px solid ${vars.color.border}`,
  padding: `${vars.space.xs} ${vars.space.sm}`,
  textAlign: 'left',
  verticalAlign: 'middle',
};
const code: CSSProperties = { fontFamily: vars.font.mono, fontSize: vars.fontSize.sm };

const variable = (group: string, token: string) => `--${cssVariableName([group, token])}`;

function TokenTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', marginBlockEnd: vars.space.xl }}>
      <caption
        style={{
          textAlign: 'left',
          fontFamily: vars.font.heading,
          fontSize: vars.fontSize.lg,
          fontWeight: vars.fontWeight.bold,
          paddingBlockEnd: vars.space.sm,
        }}
      >
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" style={cell}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((content, index) =>
              index === 0 ? (
                <th key={index} scope="row" style={cell}>
                  {content}
                </th>
              ) : (
                <td key={index} style={cell}>
                  {content}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each colour role: a swatch, its variable and its value in the theme. */
export function ColourSwatches({ theme }: { theme: BuiltInThemeName }) {
  const values: ClinicThemeValues = builtInThemes[theme];
  return (
    <TokenTable
      caption={`Colour roles: ${theme}`}
      columns={['Role', 'Swatch', 'Variable', 'Value']}
      rows={Object.entries(values.color).map(([token, value]) => ({
        key: token,
        cells: [
          token,
          <span
            key="swatch"
            aria-hidden="true"
            style={{
              display: 'inline-block',
              inlineSize: '3rem',
              blockSize: '1.5rem',
              borderRadius: vars.radius.sm,
              border: `1px solid ${vars.color.border}`,
              background: `var(${variable('color', token)})`,
            }}
          />,
          <code style={code}>{variable('color', token)}</code>,
          <code style={code}>{value}</code>,
        ],
      }))}
    />
  );
}

/**
 * Text pairs are shown as text; UI pairs (3:1: borders, markers, focus rings) as a thick outline,
 * the way the blocks draw them.
 */
function ContrastSample({ result }: { result: ContrastResult }) {
  const foreground = `var(${variable('color', result.foreground)})`;
  const background = `var(${variable('color', result.background)})`;
  const isText = result.minimum >= AA_TEXT;
  return (
    <span
      aria-hidden={isText ? undefined : 'true'}
      style={{
        display: 'inline-block',
        minInlineSize: '3rem',
        textAlign: 'center',
        color: isText ? foreground : undefined,
        background,
        outline: isText ? undefined : `3px solid ${foreground}`,
        outlineOffset: '-6px',
        border: `1px solid ${vars.color.border}`,
        borderRadius: vars.radius.sm,
        padding: `${vars.space.xxs} ${vars.space.sm}`,
        fontWeight: vars.fontWeight.bold,
      }}
    >
      {isText ? 'Aa' : '\u00a0'}
    </span>
  );
}

/** Every declared foreground/background pair with its contrast ratio, measured from the tokens. */
export function ContrastTable({ theme }: { theme: BuiltInThemeName }) {
  const results = checkThemeContrast(builtInThemes[theme]);
  return (
    <TokenTable
      caption={`Contrast (WCAG 2.2 AA): ${theme}`}
      columns={['Pair', 'Sample', 'Ratio', 'Needs', 'Result', 'Used for']}
      rows={results.map((result) => ({
        key: `${result.foreground}/${result.background}`,
        cells: [
          `${result.foreground} on ${result.background}`,
          <ContrastSample key="sample" result={result} />,
          `${result.ratio.toFixed(2)}:1`,
          `${result.minimum}:1`,
          result.passes ? 'Pass' : 'Fail',
          result.usage,
        ],
      }))}
    />
  );
}

export function TypeScale({ theme }: { theme: BuiltInThemeName }) {
  const values = builtInThemes[theme];
  return (
    <TokenTable
      caption={`Type scale: ${theme}`}
      columns={['Token', 'Sample', 'Value']}
      rows={Object.entries(values.fontSize).map(([token, value]) => ({
        key: token,
        cells: [
          <code style={code}>{variable('fontSize', token)}</code>,
          <span style={{ fontSize: `var(${variable('fontSize', token)})` }}>
            Care that fits your week
          </span>,
          <code style={code}>{value}</code>,
        ],
      }))}
    />
  );
}

export function SpacingScale({ theme }: { theme: BuiltInThemeName }) {
  const values = builtInThemes[theme];
  return (
    <TokenTable
      caption={`Spacing: ${theme}`}
      columns={['Token', 'Size', 'Value']}
      rows={Object.entries(values.space).map(([token, value]) => ({
        key: token,
        cells: [
          <code style={code}>{variable('space', token)}</code>,
          <span
            aria-hidden="true"
            style={{
              display: 'inline-block',
              blockSize: '1rem',
              inlineSize: `var(${variable('space', token)})`,
              background: vars.color.accent,
            }}
          />,
          <code style={code}>{value}</code>,
        ],
      }))}
    />
  );
}

export function ShapeAndMotion({ theme }: { theme: BuiltInThemeName }) {
  const values = builtInThemes[theme];
  const rows = (['radius', 'shadow', 'motion'] as const).flatMap((group) =>
    Object.entries(values[group]).map(([token, value]) => ({
      key: `${group}.${token}`,
      cells: [
        <code style={code}>{variable(group, token)}</code>,
        group === 'motion' ? (
          'timing'
        ) : (
          <span
            aria-hidden="true"
            style={{
              display: 'inline-block',
              inlineSize: '3rem',
              blockSize: '2rem',
              background: vars.color.surfaceRaised,
              border: `1px solid ${vars.color.border}`,
              borderRadius: group === 'radius' ? `var(${variable(group, token)})` : undefined,
              boxShadow: group === 'shadow' ? `var(${variable(group, token)})` : undefined,
            }}
          />
        ),
        <code style={code}>{value}</code>,
      ],
    })),
  );
  return (
    <TokenTable
      caption={`Radii, shadows and motion: ${theme}`}
      columns={['Token', 'Preview', 'Value']}
      rows={rows}
    />
  );
}

/** Renders a foundation in every built-in theme side by side, each on its own surface. */
export function InBothThemes({ render }: { render: (theme: BuiltInThemeName) => ReactNode }) {
  return (
    <SideBySide basis="28rem" gap={vars.space.lg}>
      {(theme) => <ThemeFrame theme={theme}>{render(theme)}</ThemeFrame>}
    </SideBySide>
  );
}
