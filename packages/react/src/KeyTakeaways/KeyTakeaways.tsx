import { forwardRef, useId, type ReactNode } from 'react';
import { cx } from '../internal/classNames';
import { devWarning } from '../internal/devWarning';
import { Heading, type HeadingLevel } from '../internal/Heading';
import { useLocale } from '../internal/locale/useLocale';
import type { ClinicBlockProps, ClinicLocaleProps } from '../internal/props';
import { heading as headingStyle } from '../internal/styles.css';
import * as styles from './KeyTakeaways.css';

export interface KeyTakeawaysProps extends ClinicLocaleProps, ClinicBlockProps<'section'> {
  /** The points, 3 to 7 short sentences. Each may hold inline markup such as links or emphasis. */
  points: readonly ReactNode[];
  /** Overrides the locale's heading ("Key takeaways"). */
  heading?: ReactNode;
  /** The heading's level, to fit the page outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** Numbers the points (`<ol>`) instead of bullets. */
  ordered?: boolean;
}

/** A labelled card summarising an article in a few points. */
export const KeyTakeaways = /* @__PURE__ */ forwardRef<HTMLElement, KeyTakeawaysProps>(
  function KeyTakeaways(
    { points, heading, headingLevel = 2, ordered = false, locale, className, ...rest },
    ref,
  ) {
    const { messages } = useLocale(locale);
    const headingId = useId();
    if (process.env.NODE_ENV !== 'production' && points.length === 0)
      devWarning('KeyTakeaways: points is empty; the card shows only its heading.');
    const List = ordered ? 'ol' : 'ul';
    return (
      <section
        aria-labelledby={headingId}
        {...rest}
        ref={ref}
        className={cx(styles.root, className)}
        part="root"
      >
        <Heading level={headingLevel} id={headingId} className={headingStyle} part="heading">
          {heading ?? messages.keyTakeaways.heading}
        </Heading>
        <List className={styles.list} part="list">
          {points.map((point, index) => (
            <li key={index} className={styles.item} part="item">
              {point}
            </li>
          ))}
        </List>
      </section>
    );
  },
);
