import {
  Children,
  forwardRef,
  Fragment,
  isValidElement,
  type ReactElement,
  type ReactNode,
} from 'react';
import { cx } from '../internal/classNames';
import { checkLink } from '../core/url';
import { devReport, devWarning } from '../internal/devWarning';
import { Heading, type HeadingLevel } from '../internal/Heading';
import { useLocale } from '../internal/locale/useLocale';
import type { ClinicLinkComponentProps } from '../internal/link';
import type { ClinicBlockProps, ClinicLocaleProps } from '../internal/props';
import { heading as headingStyle, primaryAction } from '../internal/styles.css';
import * as styles from './QuizCta.css';

/** What `onCtaClick` receives: the quiz, never anything about the visitor. */
export interface QuizCtaClickDetail {
  /** The `condition` prop, when given. */
  condition?: string;
  /** The (safe, trimmed) quiz URL that was followed. */
  href: string;
}

export interface QuizCtaProps
  extends ClinicLocaleProps, ClinicLinkComponentProps, ClinicBlockProps<'div'> {
  /** The condition the quiz screens for, e.g. "ADHD". Fills the default heading. */
  condition?: string;
  /**
   * The quiz URL (required). If it is missing or unsafe (`javascript:`, `data:`, …) the card
   * renders without a link and a development warning names QuizCta and `href`.
   */
  href: string;
  /** Overrides the heading; default "Could it be {condition}? Take our quiz" (or a generic one). */
  heading?: ReactNode;
  /** Link text; default the locale's "Take the quiz". */
  label?: ReactNode;
  /** Optional short text under the heading (one or two sentences). */
  children?: ReactNode;
  /**
   * Called when the link is clicked, with `{ condition, href }` (never anything identifying the
   * visitor). Navigation is not prevented.
   */
  onCtaClick?: (detail: QuizCtaClickDetail) => void;
  /** The heading's level, to fit the page outline. Default 2. */
  headingLevel?: HeadingLevel;
}

/** A card inviting the reader to a self-screening quiz, with one primary link. */
export const QuizCta = /* @__PURE__ */ forwardRef<HTMLDivElement, QuizCtaProps>(function QuizCta(
  {
    condition,
    href,
    heading,
    label,
    children,
    onCtaClick,
    headingLevel = 2,
    locale,
    className,
    linkComponent: Link = 'a',
    ...rest
  },
  ref,
) {
  const { messages } = useLocale(locale);
  const condition_ = condition?.trim() || undefined;
  const safe = href
    ? checkLink(href, 'href', devReport('QuizCta'), 'the card is shown without a link')
    : undefined;
  if (process.env.NODE_ENV !== 'production' && !href)
    devWarning('QuizCta: href is missing; the card is shown without a link.');
  // Only with a callback: a server component can render the card, never an event handler.
  const handleClick =
    onCtaClick && safe !== undefined
      ? () => onCtaClick(condition_ ? { condition: condition_, href: safe } : { href: safe })
      : undefined;
  return (
    <div {...rest} ref={ref} className={cx(styles.root, className)} part="root">
      <Heading level={headingLevel} className={cx(headingStyle, styles.heading)} part="heading">
        {heading ?? (condition_ ? messages.quiz.heading(condition_) : messages.quiz.headingGeneric)}
      </Heading>
      {children != null && children !== false && children !== '' && (
        <div className={styles.body} part="body">
          {children}
        </div>
      )}
      {safe !== undefined && (
        <Link
          className={cx(primaryAction, styles.action)}
          part="action"
          href={safe}
          onClick={handleClick}
        >
          {label ?? messages.quiz.label}
        </Link>
      )}
    </div>
  );
});

export interface QuizCtaGroupProps extends ClinicLocaleProps, ClinicBlockProps<'ul'> {
  /** The `QuizCta` cards; each becomes one item of the list. */
  children: ReactNode;
  /** Accessible name of the group; default the locale's "Self-screening quizzes". */
  label?: string;
}

/** The children as a flat array, with fragments opened, so each card gets its own list item. */
function flattenChildren(children: ReactNode): ReactNode[] {
  return Children.toArray(children).flatMap((child) =>
    isValidElement(child) && child.type === Fragment
      ? flattenChildren((child as ReactElement<{ children?: ReactNode }>).props.children)
      : [child],
  );
}

/**
 * Several quiz cards side by side, as a labelled list: screen readers announce its name and how
 * many quizzes it holds. Cards wrap to one column on narrow containers.
 */
export const QuizCtaGroup = /* @__PURE__ */ forwardRef<HTMLUListElement, QuizCtaGroupProps>(
  function QuizCtaGroup({ children, label, locale, className, ...rest }, ref) {
    const { messages } = useLocale(locale);
    const items = flattenChildren(children);
    if (process.env.NODE_ENV !== 'production' && items.length === 0)
      devWarning('QuizCtaGroup: children is empty; the group shows nothing.');
    return (
      // role="list" restores list semantics that Safari drops when list-style is none.
      // eslint-disable-next-line jsx-a11y/no-redundant-roles
      <ul
        role="list"
        aria-label={label ?? messages.quiz.groupLabel}
        {...rest}
        ref={ref}
        className={cx(styles.group, className)}
        part="root"
      >
        {items.map((child, index) => (
          <li
            key={isValidElement(child) && child.key != null ? child.key : index}
            className={styles.groupItem}
            part="item"
          >
            {child}
          </li>
        ))}
      </ul>
    );
  },
);
