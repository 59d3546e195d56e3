// Built from the published package, so it takes the package's one stylesheet, as an app does.
import '@clinic-ui/react/styles.css';
import { BookingCta, KeyTakeaways, QuizCta } from '@clinic-ui/react';
import {
  builtInThemeNames,
  builtInThemes,
  createClinicTheme,
  tokenContract,
  vars,
  type BuiltInThemeName,
  type ColorToken,
} from '@clinic-ui/tokens';
import { toDtcg } from '@clinic-ui/tokens/dtcg';
import { useId, useMemo, useState, type CSSProperties } from 'react';

const colourTokens = Object.keys(tokenContract.color) as ColorToken[];

/** `#abc` as `#aabbcc`: a colour input takes only the long form. */
const longHex = (value: string) =>
  value.replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/i, '#$1$1$2$2$3$3').toLowerCase();

const cell: CSSProperties = {
  borderBottom: `1px solid ${vars.color.border}`,
  padding: `${vars.space.xs} ${vars.space.sm}`,
  textAlign: 'left',
};
const code: CSSProperties = {
  fontFamily: vars.font.mono,
  fontSize: vars.fontSize.sm,
  whiteSpace: 'pre',
  inlineSize: '100%',
  boxSizing: 'border-box',
  color: vars.color.text,
  background: vars.color.surface,
  margin: 0,
  padding: vars.space.sm,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.sm,
};

/** One copy-out: the text, and a button that puts it on the clipboard. */
function CopyOut({ title, text }: { title: string; text: string }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <section aria-labelledby={id} style={{ display: 'grid', gap: vars.space.xs }}>
      <h3 id={id} style={{ margin: 0, fontSize: vars.fontSize.md }}>
        {title}
      </h3>
      <textarea
        readOnly
        aria-labelledby={id}
        rows={Math.min(16, text.split('\n').length)}
        value={text}
        style={code}
        data-copy-out={title}
      />
      <div>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true));
          }}
        >
          Copy {title}
        </button>{' '}
        <span role="status">{copied ? 'Copied.' : ''}</span>
      </div>
    </section>
  );
}

/**
 * The theme builder: pick a base and brand colours, see the blocks in them, read every contrast
 * pair with its ratio, and copy the theme out as CSS variables, a `createClinicTheme` call or DTCG
 * JSON. The same `createClinicTheme` an app calls measures it, so what passes here passes there.
 */
export function ThemeBuilder() {
  const [base, setBase] = useState<BuiltInThemeName>('calm');
  const [colours, setColours] = useState<Partial<Record<ColorToken, string>>>({});
  const ids = useId();
  const theme = useMemo(
    () => createClinicTheme({ color: colours }, { base, onContrastFailure: 'ignore' }),
    [base, colours],
  );
  const failures = theme.contrastFailures.length;
  const overrides = Object.fromEntries(
    Object.entries(colours).filter(
      ([token, value]) => value !== longHex(builtInThemes[base].color[token as ColorToken]),
    ),
  );
  const call = `import { createClinicTheme } from '@clinic-ui/tokens';

const theme = createClinicTheme(
  { color: ${JSON.stringify(overrides, null, 2).replace(/\n/g, '\n  ')} },
  { base: '${base}', onContrastFailure: 'error' },
);`;

  return (
    <div style={{ display: 'grid', gap: vars.space.lg }}>
      <form
        aria-label="Theme colours"
        onSubmit={(event) => event.preventDefault()}
        style={{ display: 'grid', gap: vars.space.sm }}
      >
        <label htmlFor={`${ids}-base`}>
          Base theme{' '}
          <select
            id={`${ids}-base`}
            value={base}
            onChange={(event) => {
              setBase(event.target.value as BuiltInThemeName);
              setColours({});
            }}
          >
            {builtInThemeNames.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <div
          style={{
            display: 'grid',
            gap: vars.space.sm,
            gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
          }}
        >
          {colourTokens.map((token) => (
            <label
              key={token}
              style={{ display: 'flex', gap: vars.space.sm, alignItems: 'center' }}
            >
              <input
                type="color"
                name={token}
                value={longHex(theme.values.color[token])}
                onChange={(event) => {
                  const value = event.target.value;
                  setColours((current) => ({ ...current, [token]: value }));
                }}
              />
              <span>
                {token} <code>{longHex(theme.values.color[token])}</code>
              </span>
            </label>
          ))}
        </div>
      </form>

      <section
        aria-label="Preview"
        data-preview
        style={{
          ...theme.cssVariables,
          background: vars.color.surface,
          color: vars.color.text,
          fontFamily: vars.font.body,
          padding: vars.space.lg,
          borderRadius: vars.radius.lg,
          display: 'grid',
          gap: vars.space.lg,
        }}
      >
        <KeyTakeaways
          headingLevel={3}
          points={[
            'Fernhollow Clinic sees new patients within a week.',
            'Every colour here comes from the builder.',
            'The table below measures each pair the blocks draw.',
          ]}
        />
        <QuizCta condition="ADHD" href="#adhd-quiz" headingLevel={3}>
          Focus and restlessness. About 3 minutes.
        </QuizCta>
        <BookingCta href="#book" accepting headingLevel={3} locations={['Fernhollow Eastside']}>
          Most new patients see a clinician within a week.
        </BookingCta>
      </section>

      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 700 }}>
          {failures === 0
            ? 'Every pair passes WCAG AA'
            : `${failures} pair(s) fail WCAG AA: createClinicTheme would reject this theme`}
        </caption>
        <thead>
          <tr>
            {['Pair', 'Ratio', 'Needs', 'Result', 'Used for'].map((column) => (
              <th key={column} scope="col" style={cell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {theme.contrast.map((result) => (
            <tr key={`${result.foreground}/${result.background}`}>
              <th scope="row" style={cell}>
                {result.foreground} on {result.background}
              </th>
              <td style={cell}>{result.ratio.toFixed(2)}:1</td>
              <td style={cell}>{result.minimum}:1</td>
              <td style={cell}>{result.passes ? 'Pass' : 'Fail'}</td>
              <td style={cell}>{result.usage}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <CopyOut title="CSS variables" text={theme.toCss('.fernhollow-theme')} />
      <CopyOut title="createClinicTheme call" text={call} />
      <CopyOut
        title="DTCG JSON"
        text={JSON.stringify(
          toDtcg(theme.values, `Made with the Clinic UI theme builder over ${base}.`),
          null,
          2,
        )}
      />
    </div>
  );
}
