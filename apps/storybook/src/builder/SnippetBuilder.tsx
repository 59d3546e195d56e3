// The snippet builder: pick a block, fill in its attributes (generated from custom-elements.json)
// and content, see it rendered by the real script bundle, read the element's own problem
// messages, and copy the complete snippet.
import '@clinic-ui/widgets/clinic-ui.js';
import { vars } from '@clinic-ui/tokens';
import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { inlineCode, manifestElement } from '../embed/ElementReference';
import { SnippetNote } from '../embed/EmbedExample';
import { snippetTags, widgetsVersion } from '../embed/snippet';
import { ThemeFrame } from '../ThemeFrame';
import { elementMarkup, fieldKind, type AttributeValues, type ContentValues } from './markup';
import { PasteSteps } from './PasteSteps';

/** The blocks a marketer can build, with fictional starter content to edit. */
const starters: Record<string, { label: string; attributes: AttributeValues }> = {
  'clinic-key-takeaways': { label: 'Key takeaways', attributes: {} },
  'clinic-comparison-table': { label: 'Comparison table', attributes: {} },
  'clinic-byline': {
    label: 'Byline',
    attributes: {
      'author-name': 'Jonah Pike',
      'author-credentials': 'LCSW',
      'reviewer-name': 'Dr. Mara Quell',
      'reviewer-credentials': 'MD',
      published: '2026-03-04',
      'read-minutes': '6',
    },
  },
  'clinic-quiz-cta': {
    label: 'Quiz call to action',
    attributes: { condition: 'ADHD', href: '/quizzes/adhd' },
  },
  'clinic-booking-cta': {
    label: 'Booking call to action',
    attributes: {
      href: '/book',
      accepting: true,
      locations: 'Fernhollow Clinic, 12 Quay Street; Online',
      phone: '(410) 555-0142',
    },
  },
  'clinic-faq': { label: 'FAQ', attributes: {} },
};
const blockTags = Object.keys(starters);

const starterContent: ContentValues = {
  points:
    'Therapy and medication both help; many people do best with both.\nA first visit takes about an hour.\nYou can book online or by phone.',
  ordered: false,
  caption: 'Therapy, medication or both',
  options: 'Therapy\nMedication\nBoth',
  rows: 'Time to feel better | 6-12 weeks | 2-6 weeks | 2-6 weeks, lasting longer\nVisits | Weekly | Monthly | Weekly, then monthly',
  recommended: 'Both',
  faq: [
    {
      question: 'Do I need a referral?',
      answer: 'No. Book directly; we tell you before your visit if your plan asks for one.',
    },
    {
      question: 'Can I see a clinician online?',
      answer: 'Yes, every clinician offers video visits.',
    },
  ],
  text: 'Five minutes, private, and not a diagnosis.',
};

const widths = { mobile: 360, desktop: 720 } as const;
type Width = keyof typeof widths;

const fieldStyle: CSSProperties = {
  display: 'block',
  inlineSize: '100%',
  boxSizing: 'border-box',
  minBlockSize: '44px',
  padding: vars.space.sm,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.sm,
  background: vars.color.surface,
  color: vars.color.text,
  font: 'inherit',
};
const hintStyle: CSSProperties = { fontSize: vars.fontSize.sm, color: vars.color.textMuted };
const problemStyle: CSSProperties = {
  fontSize: vars.fontSize.sm,
  color: vars.color.danger,
  fontFamily: vars.font.mono,
  overflowWrap: 'anywhere',
};
const buttonStyle: CSSProperties = {
  minBlockSize: '44px',
  paddingInline: vars.space.md,
  border: 'none',
  borderRadius: vars.radius.pill,
  background: vars.color.brand,
  color: vars.color.onBrand,
  font: 'inherit',
  fontWeight: vars.fontWeight.bold,
  cursor: 'pointer',
};
const secondaryButton: CSSProperties = {
  ...buttonStyle,
  background: vars.color.surfaceRaised,
  color: vars.color.text,
  border: `1px solid ${vars.color.border}`,
};
const codeBlock: CSSProperties = {
  margin: 0,
  padding: vars.space.md,
  background: vars.color.surfaceRaised,
  color: vars.color.text,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.md,
  fontFamily: vars.font.mono,
  fontSize: vars.fontSize.sm,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
};

/** Whether an element's message is about one attribute (so it shows under that field too). */
const isAbout = (message: string, attribute: string) =>
  new RegExp(`>: (${attribute} "|needs an? ${attribute} attribute)`).test(message);

/** One labelled field, with the manifest's description and any problem about it. */
function Field({
  label,
  hint,
  problems = [],
  children,
}: {
  label: ReactNode;
  hint?: string;
  problems?: string[];
  children: (ids: { id: string; describedBy: string; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint ? hintId : '', problems.length > 0 ? problemId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div style={{ marginBlockEnd: vars.space.md }}>
      <label htmlFor={id} style={{ fontWeight: vars.fontWeight.bold }}>
        {label}
      </label>
      {hint && (
        <div id={hintId} style={hintStyle}>
          {inlineCode(hint)}
        </div>
      )}
      {children({ id, describedBy, invalid: problems.length > 0 })}
      {problems.length > 0 && (
        <div id={problemId} style={problemStyle}>
          {problems.join(' ')}
        </div>
      )}
    </div>
  );
}

/**
 * The element rendered by the real bundle on one theme's page, at one width. Reports the
 * element's `clinic-problem` messages (the console's, word for word) through `onProblems`.
 */
function Preview({
  markup,
  theme,
  width,
  onProblems,
}: {
  markup: string;
  theme: 'calm' | 'warm';
  width: Width;
  onProblems?: (messages: string[]) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const messages: string[] = [];
    onProblems?.([]);
    const listen = (event: Event) => {
      const { message } = (event as CustomEvent<{ message: string }>).detail;
      if (!messages.includes(message)) messages.push(message);
      onProblems?.([...messages]);
    };
    container.addEventListener('clinic-problem', listen);
    // Markup the builder wrote, every entered text escaped (see markup.ts).
    container.innerHTML = markup;
    return () => container.removeEventListener('clinic-problem', listen);
  }, [markup, onProblems]);
  return (
    <figure style={{ margin: 0, minInlineSize: 0 }}>
      <figcaption style={hintStyle}>
        {theme} theme, {width} ({widths[width]}px)
      </figcaption>
      <div
        style={{ maxInlineSize: `${widths[width]}px`, border: `1px dashed ${vars.color.border}` }}
      >
        <ThemeFrame theme={theme}>
          <div ref={host} data-builder-preview={theme} />
        </ThemeFrame>
      </div>
    </figure>
  );
}

/** The editors for the light-DOM content the element reads. */
function ContentFields({
  tag,
  content,
  set,
}: {
  tag: string;
  content: ContentValues;
  set: (change: Partial<ContentValues>) => void;
}) {
  switch (tag) {
    case 'clinic-key-takeaways':
      return (
        <>
          <Field label="Points" hint="One point per line; 3 to 7 short points read best.">
            {({ id, describedBy }) => (
              <textarea
                id={id}
                aria-describedby={describedBy || undefined}
                rows={5}
                style={fieldStyle}
                value={content.points}
                onChange={(event) => set({ points: event.target.value })}
              />
            )}
          </Field>
          <label style={{ display: 'flex', gap: vars.space.sm, alignItems: 'center' }}>
            <input
              type="checkbox"
              checked={content.ordered}
              onChange={(event) => set({ ordered: event.target.checked })}
            />
            Numbered list
          </label>
        </>
      );
    case 'clinic-comparison-table':
      return (
        <>
          <Field label="Caption" hint="What the table compares (read out by screen readers).">
            {({ id, describedBy }) => (
              <input
                id={id}
                aria-describedby={describedBy || undefined}
                style={fieldStyle}
                value={content.caption}
                onChange={(event) => set({ caption: event.target.value })}
              />
            )}
          </Field>
          <Field label="Options (columns)" hint="One option per line.">
            {({ id, describedBy }) => (
              <textarea
                id={id}
                aria-describedby={describedBy || undefined}
                rows={3}
                style={fieldStyle}
                value={content.options}
                onChange={(event) => set({ options: event.target.value })}
              />
            )}
          </Field>
          <Field
            label="Rows"
            hint="One criterion per line: its name, then a value for each option, separated by `|`."
          >
            {({ id, describedBy }) => (
              <textarea
                id={id}
                aria-describedby={describedBy || undefined}
                rows={4}
                style={fieldStyle}
                value={content.rows}
                onChange={(event) => set({ rows: event.target.value })}
              />
            )}
          </Field>
          <Field label="Recommended option" hint="Marked with a badge; optional.">
            {({ id, describedBy }) => (
              <select
                id={id}
                aria-describedby={describedBy || undefined}
                style={fieldStyle}
                value={content.recommended}
                onChange={(event) => set({ recommended: event.target.value })}
              >
                <option value="">(none)</option>
                {content.options
                  .split('\n')
                  .map((option) => option.trim())
                  .filter(Boolean)
                  .map((option) => (
                    <option key={option}>{option}</option>
                  ))}
              </select>
            )}
          </Field>
        </>
      );
    case 'clinic-faq':
      return (
        <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: vars.fontWeight.bold }}>Questions and answers</legend>
          {content.faq.map((item, index) => {
            const update = (change: Partial<(typeof content.faq)[number]>) =>
              set({
                faq: content.faq.map((other, at) =>
                  at === index ? { ...other, ...change } : other,
                ),
              });
            return (
              <div
                key={index}
                style={{
                  borderInlineStart: `4px solid ${vars.color.border}`,
                  paddingInlineStart: vars.space.sm,
                }}
              >
                <Field label={`Question ${index + 1}`}>
                  {({ id }) => (
                    <input
                      id={id}
                      style={fieldStyle}
                      value={item.question}
                      onChange={(event) => update({ question: event.target.value })}
                    />
                  )}
                </Field>
                <Field label={`Answer ${index + 1}`} hint="One paragraph per line.">
                  {({ id, describedBy }) => (
                    <textarea
                      id={id}
                      aria-describedby={describedBy || undefined}
                      rows={3}
                      style={fieldStyle}
                      value={item.answer}
                      onChange={(event) => update({ answer: event.target.value })}
                    />
                  )}
                </Field>
                <button
                  type="button"
                  style={{ ...secondaryButton, marginBlockEnd: vars.space.md }}
                  onClick={() => set({ faq: content.faq.filter((_, at) => at !== index) })}
                >
                  Remove question {index + 1}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            style={secondaryButton}
            onClick={() => set({ faq: [...content.faq, { question: '', answer: '' }] })}
          >
            Add a question
          </button>
        </fieldset>
      );
    case 'clinic-quiz-cta':
    case 'clinic-booking-cta':
      return (
        <Field label="Short text" hint="Shown under the heading; optional.">
          {({ id, describedBy }) => (
            <textarea
              id={id}
              aria-describedby={describedBy || undefined}
              rows={2}
              style={fieldStyle}
              value={content.text}
              onChange={(event) => set({ text: event.target.value })}
            />
          )}
        </Field>
      );
    default:
      return <p style={hintStyle}>Everything this element shows is set by its attributes.</p>;
  }
}

/** The builder. */
export function SnippetBuilder() {
  const [tag, setTag] = useState('clinic-key-takeaways');
  const [values, setValues] = useState<Record<string, AttributeValues>>(() =>
    Object.fromEntries(blockTags.map((name) => [name, { ...starters[name]!.attributes }])),
  );
  const [content, setContent] = useState<ContentValues>(starterContent);
  const [width, setWidth] = useState<Width>('desktop');
  const [problems, setProblems] = useState<string[]>([]);
  const [copied, setCopied] = useState('');
  const widthGroup = useId();
  const problemsHeading = useId();
  const element = manifestElement(tag);
  const attributes = element.attributes ?? [];
  const markup = elementMarkup(tag, attributes, values[tag] ?? {}, content);
  const snippet = `${snippetTags}\n\n${markup}\n`;
  const setValue = (name: string, value: string | boolean) => {
    setValues((all) => ({ ...all, [tag]: { ...all[tag], [name]: value } }));
    setCopied('');
  };
  const setContentPart = (change: Partial<ContentValues>) => {
    setContent((all) => ({ ...all, ...change }));
    setCopied('');
  };
  const copy = () => {
    navigator.clipboard.writeText(snippet).then(
      () => setCopied('Copied'),
      () => setCopied('Could not copy: select the snippet and copy it instead.'),
    );
  };

  return (
    <div data-snippet-builder="" style={{ color: vars.color.text, fontFamily: vars.font.body }}>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
          gap: vars.space.xl,
          alignItems: 'start',
        }}
      >
        <form aria-label="Build a snippet" onSubmit={(event) => event.preventDefault()}>
          <Field label="Block" hint={element.summary}>
            {({ id, describedBy }) => (
              <select
                id={id}
                aria-describedby={describedBy || undefined}
                style={fieldStyle}
                value={tag}
                onChange={(event) => {
                  setTag(event.target.value);
                  setCopied('');
                }}
              >
                {blockTags.map((name) => (
                  <option key={name} value={name}>
                    {starters[name]!.label} ({`<${name}>`})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <h3>Content</h3>
          <ContentFields tag={tag} content={content} set={setContentPart} />
          <h3>Attributes</h3>
          {attributes.map((attribute) => {
            const kind = fieldKind(attribute);
            const value = values[tag]?.[attribute.name];
            const about = problems.filter((message) => isAbout(message, attribute.name));
            if (kind.kind === 'boolean')
              return (
                <div key={attribute.name} style={{ marginBlockEnd: vars.space.md }}>
                  <label style={{ display: 'flex', gap: vars.space.sm, alignItems: 'center' }}>
                    <input
                      type="checkbox"
                      checked={value === true}
                      onChange={(event) => setValue(attribute.name, event.target.checked)}
                    />
                    <code>{attribute.name}</code>
                  </label>
                  <div style={hintStyle}>{inlineCode(attribute.description ?? '')}</div>
                </div>
              );
            return (
              <Field
                key={attribute.name}
                label={<code>{attribute.name}</code>}
                hint={attribute.description}
                problems={about}
              >
                {({ id, describedBy, invalid }) =>
                  kind.kind === 'choice' ? (
                    <select
                      id={id}
                      aria-describedby={describedBy || undefined}
                      aria-invalid={invalid || undefined}
                      style={fieldStyle}
                      value={typeof value === 'string' ? value : ''}
                      onChange={(event) => setValue(attribute.name, event.target.value)}
                    >
                      <option value="">(default)</option>
                      {kind.values.map((choice) => (
                        <option key={choice}>{choice}</option>
                      ))}
                    </select>
                  ) : (
                    <input
                      id={id}
                      aria-describedby={describedBy || undefined}
                      aria-invalid={invalid || undefined}
                      style={fieldStyle}
                      value={typeof value === 'string' ? value : ''}
                      onChange={(event) => setValue(attribute.name, event.target.value)}
                    />
                  )
                }
              </Field>
            );
          })}
        </form>

        <div style={{ minInlineSize: 0 }}>
          <h3>Preview</h3>
          <fieldset style={{ border: 'none', padding: 0, margin: `0 0 ${vars.space.md}` }}>
            <legend>Preview width</legend>
            {(Object.keys(widths) as Width[]).map((name) => (
              <label key={name} style={{ marginInlineEnd: vars.space.md }}>
                <input
                  type="radio"
                  name={widthGroup}
                  checked={width === name}
                  onChange={() => setWidth(name)}
                />{' '}
                {name} ({widths[name]}px)
              </label>
            ))}
          </fieldset>
          <p style={hintStyle}>
            Rendered by the script bundle (@clinic-ui/widgets {widgetsVersion}), on a calm and on a
            warm page.
          </p>
          <div style={{ display: 'grid', gap: vars.space.md }}>
            <Preview markup={markup} theme="calm" width={width} onProblems={setProblems} />
            <Preview markup={markup} theme="warm" width={width} />
          </div>

          <h3 id={problemsHeading}>Problems</h3>
          <div aria-labelledby={problemsHeading} role="region" aria-live="polite">
            {problems.length === 0 ? (
              <p data-builder-problems="none">
                None: the element reports nothing about what you entered.
              </p>
            ) : (
              <>
                <p>
                  The element says this, also in the browser&apos;s console (it shows what you
                  entered as plain content until it is fixed):
                </p>
                <ul data-builder-problems="">
                  {problems.map((message) => (
                    <li key={message} style={problemStyle}>
                      {message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </div>
      </div>

      <h3>Your snippet</h3>
      <p>
        The stylesheet link and the script tag (once per page), then the element. Copy it as it is:
        each <code>integrity</code> value lets the browser check the file it gets.
      </p>
      <SnippetNote />
      <p>
        <button type="button" style={buttonStyle} onClick={copy}>
          Copy snippet
        </button>{' '}
        <span role="status" data-builder-copy-status="">
          {copied}
        </span>
      </p>
      <pre style={codeBlock}>
        <code data-builder-snippet="">{snippet}</code>
      </pre>

      <h3>Where to paste it</h3>
      <PasteSteps />
    </div>
  );
}
