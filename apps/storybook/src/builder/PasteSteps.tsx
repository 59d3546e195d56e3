// Where to paste the snippet, CMS by CMS: one home for these steps, shown as tabs in the snippet
// builder and on "Pasting into your CMS".
import { vars } from '@clinic-ui/tokens';
import * as Tabs from '@radix-ui/react-tabs';
import { useState, type CSSProperties, type ReactNode } from 'react';

interface Cms {
  id: string;
  name: string;
  steps: ReactNode[];
  notes: ReactNode;
}

const cmses: Cms[] = [
  {
    id: 'wordpress',
    name: 'WordPress',
    steps: [
      <>
        Edit the page and click <strong>+</strong> where the block should go; choose{' '}
        <strong>Custom HTML</strong>.
      </>,
      <>
        Paste the snippet. For several blocks on one page, later Custom HTML blocks only need the
        element.
      </>,
      <>
        Click <strong>Preview</strong> in the Custom HTML block&apos;s toolbar, then{' '}
        <strong>Update</strong> the page.
      </>,
    ],
    notes: (
      <>
        The script tag needs the <code>unfiltered_html</code> capability (administrators and editors
        on a single site have it). Without it (WordPress multisite, or a security plugin that strips{' '}
        <code>&lt;script&gt;</code>), add the two snippet tags once through a header and footer code
        plugin (or your theme&apos;s header in the site editor), and paste only the element into
        Custom HTML blocks. The classic editor works too: switch to the <strong>Text</strong> tab
        before pasting.
      </>
    ),
  },
  {
    id: 'squarespace',
    name: 'Squarespace',
    steps: [
      <>
        Edit the page, click <strong>Add block</strong> (or an insert point) and choose{' '}
        <strong>Code</strong>.
      </>,
      <>
        Set the Code block&apos;s mode to <strong>HTML</strong> and turn{' '}
        <strong>Display source</strong> off.
      </>,
      <>
        Paste the snippet and save. Code blocks show a placeholder while editing; check the result
        in preview or on the live page.
      </>,
    ],
    notes: (
      <>
        Code blocks with scripts are only on some Squarespace plans. To load the script on every
        page, paste the two snippet tags into{' '}
        <strong>Settings → Advanced → Code Injection → Header</strong>, then use Code blocks with
        just the element.
      </>
    ),
  },
  {
    id: 'webflow',
    name: 'Webflow',
    steps: [
      <>
        In the Designer, open <strong>Add</strong> (<strong>+</strong>) and drag an{' '}
        <strong>Embed</strong> element (Code Embed) onto the page.
      </>,
      <>
        Paste the snippet into the HTML editor and click <strong>Save &amp; Close</strong>.
      </>,
      <>
        Publish the site: custom code runs on the published site (and in preview), not in the
        Designer canvas.
      </>,
    ],
    notes: (
      <>
        For many pages, put the two snippet tags once in{' '}
        <strong>Site settings → Custom code → Head code</strong>, and paste only the element into
        Embed elements.
      </>
    ),
  },
  {
    id: 'html',
    name: 'Plain HTML',
    steps: [
      <>
        Put the stylesheet link and the script tag once in the page&apos;s <code>&lt;head&gt;</code>{' '}
        (anywhere before the element works too).
      </>,
      <>Paste the element where the block belongs in the page&apos;s body.</>,
      <>Open the page: the block appears; the console says why if something is wrong.</>,
    ],
    notes: (
      <>
        Any site builder that lets you add HTML works the same way. Under a Content Security Policy,
        allow the script&apos;s origin (
        <code>script-src &apos;self&apos; https://cdn.jsdelivr.net</code>
        ): the blocks add no inline styles or scripts.
      </>
    ),
  },
];

const tabStyle: CSSProperties = {
  minBlockSize: '44px',
  paddingInline: vars.space.md,
  border: `1px solid ${vars.color.border}`,
  borderRadius: `${vars.radius.md} ${vars.radius.md} 0 0`,
  background: vars.color.surfaceRaised,
  color: vars.color.text,
  font: 'inherit',
  cursor: 'pointer',
};

/** The paste steps for each CMS, as tabs (arrow keys move between them). */
export function PasteSteps({ label = 'Where you paste it' }: { label?: string }) {
  const [selected, setSelected] = useState('wordpress');
  return (
    <Tabs.Root value={selected} onValueChange={setSelected}>
      <Tabs.List
        aria-label={label}
        style={{ display: 'flex', flexWrap: 'wrap', gap: vars.space.xs }}
      >
        {cmses.map((cms) => (
          <Tabs.Trigger
            key={cms.id}
            value={cms.id}
            // The chosen tab: bold, on the page's surface, with a brand-coloured top edge.
            style={
              cms.id === selected
                ? {
                    ...tabStyle,
                    fontWeight: vars.fontWeight.bold,
                    background: vars.color.surface,
                    borderBlockStart: `4px solid ${vars.color.brand}`,
                  }
                : tabStyle
            }
          >
            {cms.name}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {cmses.map((cms) => (
        <Tabs.Content
          key={cms.id}
          value={cms.id}
          style={{
            border: `1px solid ${vars.color.border}`,
            padding: vars.space.md,
            borderRadius: `0 ${vars.radius.md} ${vars.radius.md} ${vars.radius.md}`,
          }}
        >
          <ol>
            {cms.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
          <p>
            <strong>Notes:</strong> {cms.notes}
          </p>
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
