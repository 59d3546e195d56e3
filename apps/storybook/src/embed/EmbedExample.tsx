// The real script-tag bundle, as a marketer's page loads it: evaluating the IIFE defines every
// <clinic-*> element (defining them twice is harmless, so hot reloads are fine).
import '@clinic-ui/widgets/clinic-ui.js';
import { vars } from '@clinic-ui/tokens';
import { useState, type CSSProperties } from 'react';
import { expect, waitFor } from 'storybook/test';
import { embedSnippet, snippet, widgetsVersion } from './snippet';

const caption: CSSProperties = {
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.sm,
  fontWeight: vars.fontWeight.bold,
  color: vars.color.textMuted,
  marginBlockEnd: vars.space.sm,
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
  lineHeight: vars.lineHeight.normal,
  // Wrapped, never scrolled: a 320px screen shows the whole snippet, and no region needs focus.
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
};

const copyButton: CSSProperties = {
  minBlockSize: '44px',
  paddingInline: vars.space.md,
  marginBlockEnd: vars.space.sm,
  border: 'none',
  borderRadius: vars.radius.pill,
  background: vars.color.brand,
  color: vars.color.onBrand,
  font: 'inherit',
  fontWeight: vars.fontWeight.bold,
  cursor: 'pointer',
};

export interface EmbedExampleProps {
  /**
   * The example's elements, exactly as a marketer pastes them. The live side renders this string
   * and the snippet shows it after the script tag: one source, so they cannot drift.
   */
  html: string;
  /** Width of the live side only (a CSS length), to show how the element fits a narrow column. */
  liveWidth?: string;
  /** The snippet adds the self-screener's own script (`clinic-screener.js`). */
  screener?: boolean;
}

/**
 * Says plainly when the snippet's files are not the build shown (unreleased changes, or a version
 * not published yet); nothing when they are the same file.
 */
export function SnippetNote() {
  if (!snippet.message) return null;
  return (
    <p
      data-snippet-status={snippet.kind}
      style={{ fontSize: vars.fontSize.sm, color: vars.color.text }}
    >
      <strong>Note:</strong> {snippet.message}
    </p>
  );
}

/** A live `<clinic-*>` example from the real bundle, beside the exact HTML to paste. */
export function EmbedExample({ html, liveWidth, screener }: EmbedExampleProps) {
  const code = embedSnippet(html, { screener });
  const [status, setStatus] = useState('');
  const copy = () => {
    void navigator.clipboard.writeText(code).then(
      () => setStatus('Copied.'),
      () => setStatus('Could not copy: select the text and copy it instead.'),
    );
  };
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
        gap: vars.space.lg,
        alignItems: 'start',
      }}
    >
      <figure style={{ margin: 0, minInlineSize: 0 }}>
        <figcaption style={caption}>
          Live, from the script bundle (@clinic-ui/widgets {widgetsVersion})
        </figcaption>
        {/* Our own static example content, the same string the snippet shows. */}
        <div
          data-embed-live=""
          style={{ maxInlineSize: liveWidth }}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </figure>
      <figure style={{ margin: 0, minInlineSize: 0 }}>
        <figcaption style={caption}>HTML to paste</figcaption>
        <button type="button" style={copyButton} onClick={copy}>
          Copy the HTML
        </button>{' '}
        <span role="status" style={{ fontSize: vars.fontSize.sm }}>
          {status}
        </span>
        <SnippetNote />
        <pre style={codeBlock}>
          <code>{code}</code>
        </pre>
      </figure>
    </div>
  );
}

/**
 * Waits until every `<clinic-*>` element of the story has rendered its block in its shadow root,
 * so the accessibility check sees what readers see (and the story fails if the bundle does not).
 */
export async function expectWidgetsRendered({ canvasElement }: { canvasElement: HTMLElement }) {
  const elements = [...canvasElement.querySelectorAll('[data-embed-live] > *')].filter((element) =>
    element.localName.startsWith('clinic-'),
  );
  await expect(elements.length).toBeGreaterThan(0);
  await waitFor(() => {
    for (const element of elements) {
      const block = element.shadowRoot?.querySelector('[part="block"]');
      if (!block || block.hasAttribute('hidden') || block.childElementCount === 0) {
        throw new Error(`<${element.localName}> has not rendered its block`);
      }
    }
  });
}
