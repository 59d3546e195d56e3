'use client';
import * as RadixAccordion from '@radix-ui/react-accordion';
import { forwardRef, useEffect, useRef, useState, type ReactNode } from 'react';
import { cx } from '../internal/classNames';
import { devWarning } from '../internal/devWarning';
import { Heading, type HeadingLevel } from '../internal/Heading';
import type { ClinicBlockProps } from '../internal/props';
import * as styles from './Accordion.css';

export interface AccordionItemData {
  /** Unique, stable value of the item. */
  value: string;
  /**
   * The text of the item's trigger button (the question, the option name...). It sits inside a
   * `<button>`, so keep it to phrasing content: text and inline markup, no links or other controls.
   */
  trigger: ReactNode;
  /** The panel's content. */
  content: ReactNode;
}

export interface AccordionProps extends ClinicBlockProps<'div', 'defaultValue' | 'dir'> {
  /** The items, in order. Each `value` must be unique. */
  items: readonly AccordionItemData[];
  /** 'single' (default): one panel open at a time; 'multiple': any number. */
  type?: 'single' | 'multiple';
  /**
   * Values of the items open at first (a string for single, an array for multiple; either is
   * accepted for both). In single mode only the first value of an array is used.
   */
  defaultValue?: string | readonly string[];
  /**
   * Values of the open items, to control them (then `defaultValue` is ignored): a string or an
   * array in either mode, as for `defaultValue`. Pair it with `onValueChange`.
   */
  value?: string | readonly string[];
  /**
   * Called with the values of the open items (always an array, empty when all are closed)
   * whenever the reader opens or closes one.
   */
  onValueChange?: (value: string[]) => void;
  /** Level of each item's heading (the trigger sits inside an h2-h6). Default 3. */
  headingLevel?: HeadingLevel;
  /** Text direction of the root, as the HTML attribute (Radix reads it too). */
  dir?: 'ltr' | 'rtl';
}

function toArray(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

function warnAboutItems(items: readonly AccordionItemData[]): void {
  if (items.length === 0) {
    devWarning('Accordion: items is empty; nothing is rendered inside the accordion.');
    return;
  }
  const seen = new Set<string>();
  for (const { value } of items) {
    if (seen.has(value))
      devWarning(
        `Accordion: items has more than one item with value "${value}"; values must be unique or items open and close together.`,
      );
    seen.add(value);
  }
}

/**
 * A panel, always mounted (server-rendered HTML holds every answer). A closed one is `hidden`,
 * and `hidden="until-found"` where the browser supports it: out of view and of the
 * accessibility tree, but the browser's
 * find-in-page (and links to a text fragment) can still reach it; its `beforematch` event opens
 * the item through the accordion's own state, so Radix stays the one source of open and closed.
 * Browsers without `until-found` treat it as plain `hidden`.
 */
function Panel({
  open,
  onFound,
  region,
  children,
}: {
  open: boolean;
  onFound: () => void;
  /** Whether an open panel is a labelled region (Radix's default role and label). */
  region: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const panel = ref.current;
    // React writes `hidden` as a boolean; the keyword goes on where the browser knows it.
    if (panel && !open && 'onbeforematch' in panel) panel.setAttribute('hidden', 'until-found');
    panel?.addEventListener('beforematch', onFound);
    return () => panel?.removeEventListener('beforematch', onFound);
  }, [open, onFound]);
  return (
    <RadixAccordion.Content
      ref={ref}
      className={styles.panel}
      part="panel"
      forceMount
      hidden={!open}
      // A closed panel under `until-found` still has a box, so as a region it would stay in the
      // accessibility tree as an empty landmark: only open panels are regions.
      {...(open && region ? {} : { role: undefined, 'aria-labelledby': undefined })}
    >
      <PanelBody>{children}</PanelBody>
    </RadixAccordion.Content>
  );
}

/**
 * The panel's content, as a component of its own: Radix's Presence renders the panel again as
 * it mounts (it keeps the panel's node in state), and an unchanged component element is skipped
 * by React and Preact alike, where a plain element's whole subtree would be compared again (in
 * the widgets, most of a comparison table's or an FAQ's second render).
 */
function PanelBody({ children }: { children: ReactNode }) {
  return <div className={styles.panelBody}>{children}</div>;
}

/**
 * A branded accordion on Radix: each item is a heading holding a full-width button that shows or
 * hides its panel; an open panel is a region named by its trigger (unless more than six can be
 * open at once). Keyboard: Tab reaches each trigger; Enter or Space toggles it; Down and Up arrows
 * move between triggers, Home and End go to the first and last.
 */
export const Accordion = /* @__PURE__ */ forwardRef<HTMLDivElement, AccordionProps>(
  function Accordion(
    {
      items,
      type = 'single',
      defaultValue,
      value,
      onValueChange,
      headingLevel = 3,
      className,
      ...rest
    },
    ref,
  ) {
    if (process.env.NODE_ENV !== 'production') warnAboutItems(items);
    // Tracked here (not only inside Radix) so closed panels also carry `hidden`: they stay hidden
    // and out of the accessibility tree even on a page that forgot the stylesheet. A controlled
    // `value` wins over the state, which then only follows.
    const [inner, setInner] = useState(defaultValue);
    const values = toArray(value ?? inner);
    const open = type === 'single' ? values.slice(0, 1) : values;
    const setOpen = (next: string[]) => {
      setInner(next);
      onValueChange?.(next);
    };
    // WAI-ARIA: panels are labelled regions, except when more than six can be open at once, where
    // that many landmarks would drown out the page's own.
    const regions = type === 'single' || items.length <= 6;
    const children = items.map((item) => (
      <RadixAccordion.Item key={item.value} value={item.value} className={styles.item} part="item">
        <RadixAccordion.Header asChild>
          <Heading level={headingLevel} className={styles.heading}>
            <RadixAccordion.Trigger className={styles.trigger} part="trigger">
              <span className={styles.triggerText}>{item.trigger}</span>
              <span className={styles.indicator} aria-hidden="true" part="indicator" />
            </RadixAccordion.Trigger>
          </Heading>
        </RadixAccordion.Header>
        <Panel
          open={open.includes(item.value)}
          onFound={() => setOpen(type === 'single' ? [item.value] : [...open, item.value])}
          region={regions}
        >
          {item.content}
        </Panel>
      </RadixAccordion.Item>
    ));

    const mode =
      type === 'multiple'
        ? ({ type, value: open, onValueChange: setOpen } as const)
        : ({
            type,
            collapsible: true,
            value: open[0] ?? '',
            onValueChange: (next: string) => setOpen(next ? [next] : []),
          } as const);
    return (
      <RadixAccordion.Root
        {...rest}
        {...mode}
        ref={ref}
        className={cx(styles.root, className)}
        part="root"
      >
        {children}
      </RadixAccordion.Root>
    );
  },
);
