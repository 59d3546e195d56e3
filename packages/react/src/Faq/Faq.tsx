import { forwardRef, useId, type ReactNode } from 'react';
import { Accordion, type AccordionItemData } from '../Accordion/Accordion';
import { buildFaqPageJsonLdFromText, type PlainQuestion } from '../core/jsonLd';
import { cx } from '../internal/classNames';
import { devWarning } from '../internal/devWarning';
import { Heading, type HeadingLevel } from '../internal/Heading';
import { JsonLd } from '../internal/JsonLd';
import { useLocale } from '../internal/locale/useLocale';
import type { ClinicBlockProps, ClinicLocaleProps } from '../internal/props';
import { blockRoot, heading as headingStyle } from '../internal/styles.css';

export interface FaqItem {
  /** The question, shown as the item's trigger button: text and inline markup only, no links. */
  question: ReactNode;
  /** The answer, shown in the item's panel. May hold paragraphs, lists and links. */
  answer: ReactNode;
  /** Plain-text question for JSON-LD; required to emit structured data when `question` is not a string. */
  questionText?: string;
  /** Plain-text answer for JSON-LD; required to emit structured data when `answer` is not a string. */
  answerText?: string;
  /**
   * A unique, stable value for the item, used by `defaultValue`. Defaults to the item's
   * zero-based position as a string (`"0"`, `"1"`, …).
   */
  value?: string;
  /** Opens the item at first (like `<details open>`), in addition to `defaultValue`. */
  defaultOpen?: boolean;
}

export interface FaqProps extends ClinicLocaleProps, ClinicBlockProps<'section', 'defaultValue'> {
  /** The questions and answers, in order. */
  items: readonly FaqItem[];
  /** Overrides the locale's heading ("Frequently asked questions"). */
  heading?: ReactNode;
  /** The block heading's level, to fit the page outline. Default 2; each question is one level below (at most 6). */
  headingLevel?: HeadingLevel;
  /** 'multiple' (default): readers can open several answers; 'single': one at a time. */
  type?: 'single' | 'multiple';
  /**
   * Values of the items open at first (see `FaqItem.value`; by default an item's position, e.g.
   * `"0"` for the first). A string or an array in either mode; single mode opens only the first.
   */
  defaultValue?: string | readonly string[];
  /**
   * Values of the open items, to control them (then `defaultValue` and `defaultOpen` are
   * ignored): a string or an array, as for `defaultValue`. Pair it with `onValueChange`.
   */
  value?: string | readonly string[];
  /** Called with the values of the open items (an array) whenever the reader opens or closes one. */
  onValueChange?: (value: string[]) => void;
  /**
   * Emits schema.org `FAQPage` JSON-LD inside the block. Only items with plain-text question and
   * answer (strings, or `questionText`/`answerText`) are included.
   */
  structuredData?: boolean;
}

function plainText(text: string | undefined, node: ReactNode): string | undefined {
  const value = text ?? (typeof node === 'string' ? node : undefined);
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function plainQuestions(items: readonly FaqItem[]): PlainQuestion[] {
  return items.flatMap((item, index) => {
    const question = plainText(item.questionText, item.question);
    const answer = plainText(item.answerText, item.answer);
    if (question && answer) return [{ question, answer }];
    if (process.env.NODE_ENV !== 'production')
      devWarning(
        `Faq: item ${index + 1} has no plain-text ${question ? 'answer' : 'question'}; it is left out of the FAQPage structured data (pass questionText and answerText).`,
      );
    return [];
  });
}

/**
 * schema.org `FAQPage` structured data for the items: one `Question` with its `acceptedAnswer`
 * per item. Uses `questionText`/`answerText`, else the `question`/`answer` when they are strings;
 * items without plain text are left out (with a development warning).
 */
export function buildFaqPageJsonLd(items: readonly FaqItem[]) {
  return buildFaqPageJsonLdFromText(plainQuestions(items));
}

function itemValue(item: FaqItem, index: number): string {
  return item.value ?? String(index);
}

/**
 * Frequently asked questions: a labelled section with a heading and an accordion of questions,
 * optionally with FAQPage JSON-LD.
 */
export const Faq = /* @__PURE__ */ forwardRef<HTMLElement, FaqProps>(function Faq(
  {
    items,
    heading,
    headingLevel = 2,
    type = 'multiple',
    defaultValue,
    value,
    onValueChange,
    structuredData = false,
    locale,
    className,
    ...rest
  },
  ref,
) {
  const { messages } = useLocale(locale);
  const headingId = useId();
  if (process.env.NODE_ENV !== 'production' && items.length === 0)
    devWarning('Faq: items is empty; the block shows only its heading.');

  const accordionItems: AccordionItemData[] = items.map((item, index) => ({
    value: itemValue(item, index),
    trigger: item.question,
    content: item.answer,
  }));
  const open = [
    ...(defaultValue === undefined
      ? []
      : typeof defaultValue === 'string'
        ? [defaultValue]
        : defaultValue),
    ...items.flatMap((item, index) => (item.defaultOpen ? [itemValue(item, index)] : [])),
  ];
  const itemLevel = Math.min(headingLevel + 1, 6) as HeadingLevel;
  const questions = structuredData ? plainQuestions(items) : [];
  const hasStructuredData = questions.length > 0;
  if (
    process.env.NODE_ENV !== 'production' &&
    structuredData &&
    items.length > 0 &&
    !hasStructuredData
  )
    devWarning('Faq: structuredData is on but no item has plain text; no JSON-LD is emitted.');

  return (
    <section
      aria-labelledby={headingId}
      {...rest}
      ref={ref}
      className={cx(blockRoot, className)}
      part="root"
    >
      <Heading level={headingLevel} id={headingId} className={headingStyle} part="heading">
        {heading ?? messages.faq.heading}
      </Heading>
      {accordionItems.length > 0 && (
        <Accordion
          items={accordionItems}
          type={type}
          defaultValue={open}
          value={value}
          onValueChange={onValueChange}
          headingLevel={itemLevel}
        />
      )}
      {hasStructuredData && <JsonLd data={buildFaqPageJsonLdFromText(questions)} />}
    </section>
  );
});
