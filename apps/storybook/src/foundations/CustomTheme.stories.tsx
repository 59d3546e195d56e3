// Built from the published package, so it takes the package's one stylesheet, as an app does.
import '@clinic-ui/react/styles.css';
import { BookingCta, KeyTakeaways, QuizCta, QuizCtaGroup } from '@clinic-ui/react';
import { createClinicTheme, type ClinicTheme, vars } from '@clinic-ui/tokens';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';

/**
 * A clinic's own brand, made with `createClinicTheme` from `@clinic-ui/tokens`: a purple brand
 * over the built-in `warm` theme. Only the overridden tokens change; everything else comes from
 * the base. The theme is applied with `style={theme.cssVariables}` on a wrapper, so it wins over
 * the page's theme for everything inside.
 *
 * ```tsx
 * import { createClinicTheme } from '@clinic-ui/tokens';
 *
 * const harborLight = createClinicTheme(
 *   { color: { brand: '#5b3f8c', accent: '#8a63c7', surfaceRaised: '#f6f0fa' } },
 *   { base: 'warm', onContrastFailure: 'error' },
 * );
 *
 * <div style={harborLight.cssVariables}>…</div>
 * ```
 *
 * The contrast report (`theme.contrast`) is measured from the same values: every pair the blocks
 * draw, with its WCAG AA minimum. See **Foundations / Theming** for every way to apply a theme.
 */
const meta = {
  title: 'Foundations/Custom theme',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The example brand. `onContrastFailure: 'error'` makes an inaccessible change throw at once. */
const harborLight = createClinicTheme(
  { color: { brand: '#5b3f8c', accent: '#8a63c7', surfaceRaised: '#f6f0fa' } },
  { base: 'warm', onContrastFailure: 'error' },
);

/** Paints the wrapper with the theme's surface and text, as a page using it would. */
const themed = (theme: ClinicTheme): CSSProperties => ({
  ...theme.cssVariables,
  background: vars.color.surface,
  color: vars.color.text,
  fontFamily: vars.font.body,
  padding: vars.space.lg,
  borderRadius: vars.radius.lg,
  display: 'grid',
  gap: vars.space.lg,
});

/** A few blocks in the custom theme. */
export const PurpleOverWarm: Story = {
  name: 'Purple over warm',
  render: () => (
    <div style={themed(harborLight)}>
      <KeyTakeaways
        points={[
          'Fernhollow Clinic uses its own purple, over the warm theme’s cream and rounded corners.',
          'Every block follows the same tokens, so one change rebrands them all.',
          'The contrast of every colour pair is checked when the theme is made.',
        ]}
      />
      <QuizCtaGroup>
        <QuizCta condition="ADHD" href="/quizzes/adhd" headingLevel={3}>
          Focus and restlessness. About 3 minutes.
        </QuizCta>
        <QuizCta condition="anxiety" href="/quizzes/anxiety" headingLevel={3}>
          Worry, tension and sleep. About 2 minutes.
        </QuizCta>
      </QuizCtaGroup>
      <BookingCta
        href="/book"
        accepting
        locations={['Fernhollow Eastside', 'Online visits']}
        phone="(555) 010-0199"
      >
        Most new patients see a clinician within a week.
      </BookingCta>
    </div>
  ),
};

const cell: CSSProperties = {
  borderBottom: `1px solid ${vars.color.border}`,
  padding: `${vars.space.xs} ${vars.space.sm}`,
  textAlign: 'left',
};

/** `theme.contrast`: every pair the blocks draw, measured in the custom theme. */
function ContrastReport({ theme, caption }: { theme: ClinicTheme; caption: string }) {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'left', fontWeight: vars.fontWeight.bold }}>{caption}</caption>
      <thead>
        <tr>
          {['Pair', 'Sample', 'Ratio', 'Needs', 'Result', 'Used for'].map((column) => (
            <th key={column} scope="col" style={cell}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {theme.contrast.map((result) => {
          const isText = result.minimum >= 4.5;
          const foreground = theme.values.color[result.foreground];
          const background = theme.values.color[result.background];
          return (
            <tr key={`${result.foreground}/${result.background}`}>
              <th scope="row" style={cell}>
                {result.foreground} on {result.background}
              </th>
              <td style={cell}>
                <span
                  aria-hidden={isText ? undefined : 'true'}
                  style={{
                    display: 'inline-block',
                    minInlineSize: '3rem',
                    textAlign: 'center',
                    fontWeight: vars.fontWeight.bold,
                    color: isText ? foreground : undefined,
                    background,
                    outline: isText ? undefined : `3px solid ${foreground}`,
                    outlineOffset: '-6px',
                    border: `1px solid ${vars.color.border}`,
                    padding: `${vars.space.xxs} ${vars.space.sm}`,
                  }}
                >
                  {isText ? 'Aa' : '\u00a0'}
                </span>
              </td>
              <td style={cell}>{result.ratio.toFixed(2)}:1</td>
              <td style={cell}>{result.minimum}:1</td>
              <td style={cell}>{result.passes ? 'Pass' : 'Fail'}</td>
              <td style={cell}>{result.usage}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The custom theme's contrast report, read from `theme.contrast`; `theme.contrastFailures` is
 * empty, so the theme passes WCAG AA everywhere the blocks draw.
 */
export const ContrastReportStory: Story = {
  name: 'Contrast report',
  render: () => (
    <div style={themed(harborLight)}>
      <ContrastReport
        theme={harborLight}
        caption={`Fernhollow purple over warm: ${
          harborLight.contrastFailures.length === 0
            ? 'every pair passes WCAG AA'
            : `${harborLight.contrastFailures.length} pair(s) fail`
        }`}
      />
    </div>
  ),
};

/** A brand too light for text: what `createClinicTheme` reports (here with `onContrastFailure: 'ignore'`). */
const tooLight = createClinicTheme(
  { color: { brand: '#b39ddb' } },
  { base: 'warm', onContrastFailure: 'ignore' },
);

/**
 * What a failing theme reports, without drawing its failing colours: a lavender brand
 * (`#b39ddb`) is too light for links and button text. By default `createClinicTheme` logs these
 * with `console.warn`; `onContrastFailure: 'error'` throws instead.
 */
export const FailingTheme: Story = {
  name: 'A failing theme, reported',
  render: () => (
    <div>
      <p>
        <code>createClinicTheme({"{ color: { brand: '#b39ddb' } }, { base: 'warm' }"})</code>{' '}
        reports {tooLight.contrastFailures.length} failing pairs:
      </p>
      <ul>
        {tooLight.contrastFailures.map((result) => (
          <li key={`${result.foreground}/${result.background}`}>
            {result.foreground} on {result.background}: {result.ratio.toFixed(2)}:1, needs{' '}
            {result.minimum}:1 ({result.usage})
          </li>
        ))}
      </ul>
    </div>
  ),
};
