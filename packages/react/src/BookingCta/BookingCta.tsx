import { forwardRef, useId, type ReactNode } from 'react';
import { cx } from '../internal/classNames';
import { checkPhone, splitLocations } from '../core/rules';
import { checkLink } from '../core/url';
import { devReport, devWarning } from '../internal/devWarning';
import { Heading, type HeadingLevel } from '../internal/Heading';
import { useLocale } from '../internal/locale/useLocale';
import type { ClinicLinkComponentProps } from '../internal/link';
import type { ClinicBlockProps, ClinicLocaleProps } from '../internal/props';
import { heading as headingStyle, link, primaryAction } from '../internal/styles.css';
import * as styles from './BookingCta.css';

/** What `onCtaClick` receives: the booking URL, never anything about the visitor. */
export interface BookingCtaClickDetail {
  /** The (safe, trimmed) booking URL that was followed. */
  href: string;
}

export interface BookingCtaProps
  extends ClinicLocaleProps, ClinicLinkComponentProps, ClinicBlockProps<'div'> {
  /**
   * The booking page URL (required). If it is missing or unsafe (`javascript:`, `data:`, …) the
   * card renders without its button and a development warning names BookingCta and `href`.
   */
  href: string;
  /** Overrides the heading; default the locale's "Book an appointment". */
  heading?: ReactNode;
  /** The button text; default the locale's "Book an appointment". */
  label?: ReactNode;
  /** Short text under the heading (one or two sentences). */
  children?: ReactNode;
  /** Clinic locations, shown as a labelled list (inline on wide screens). */
  locations?: readonly string[];
  /**
   * Phone number shown as a `tel:` link (digits, spaces, `+`, `-`, parentheses and dots only;
   * anything else is dropped with a development warning). Shown as given; dialled as digits.
   */
  phone?: string;
  /** Shows the "Now accepting new patients" status (success colour plus text and a check mark). */
  accepting?: boolean;
  /** Called when the main button is clicked, with `{ href }`. Navigation is not prevented. */
  onCtaClick?: (detail: BookingCtaClickDetail) => void;
  /** The heading's level, to fit the page outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** Overrides "Now accepting new patients". */
  acceptingLabel?: ReactNode;
  /** Overrides the label of the locations list ("Locations"). */
  locationsLabel?: ReactNode;
  /** Overrides the phone link text, e.g. `(phone) => \`Call ${phone}\``. */
  callLabel?: (phone: string) => ReactNode;
}

function CheckIcon() {
  return (
    <svg className={styles.statusIcon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M5.5 10.5l3 3 6-6.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A card inviting new patients to book: status, locations, one primary action, optional phone. */
export const BookingCta = /* @__PURE__ */ forwardRef<HTMLDivElement, BookingCtaProps>(
  function BookingCta(
    {
      href,
      heading,
      label,
      children,
      locations = [],
      phone,
      accepting = false,
      onCtaClick,
      headingLevel = 2,
      locale,
      className,
      acceptingLabel,
      locationsLabel,
      callLabel,
      linkComponent: Link = 'a',
      ...rest
    },
    ref,
  ) {
    const { messages } = useLocale(locale);
    const locationsLabelId = useId();
    const report = devReport('BookingCta');
    const safe = href
      ? checkLink(href, 'href', report, 'the card is shown without its button')
      : undefined;
    if (process.env.NODE_ENV !== 'production' && !href)
      devWarning('BookingCta: href is missing; the card is shown without its button.');
    const tel = checkPhone(phone, 'phone', report);
    const places = splitLocations(locations);
    const hasBody = children != null && children !== false && children !== '';
    return (
      <div {...rest} ref={ref} className={cx(styles.root, className)} part="root">
        {accepting && (
          <p className={styles.status} part="status">
            <CheckIcon />
            {acceptingLabel ?? messages.booking.accepting}
          </p>
        )}
        <Heading level={headingLevel} className={cx(headingStyle, styles.heading)} part="heading">
          {heading ?? messages.booking.heading}
        </Heading>
        {hasBody && (
          <div className={styles.body} part="body">
            {children}
          </div>
        )}
        {places.length > 0 && (
          <div className={styles.locations} part="locations">
            <span id={locationsLabelId} className={styles.locationsLabel} part="locations-label">
              {locationsLabel ?? messages.booking.locationsLabel}
            </span>
            {/* role="list" restores list semantics that Safari drops when list-style is none. */}
            {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
            <ul role="list" className={styles.locationList} aria-labelledby={locationsLabelId}>
              {places.map((place, index) => (
                <li key={`${index}-${place}`} className={styles.location} part="location">
                  {place}
                </li>
              ))}
            </ul>
          </div>
        )}
        {(safe !== undefined || tel !== undefined) && (
          <div className={styles.actions} part="actions">
            {safe !== undefined && (
              <Link
                className={cx(primaryAction, styles.action)}
                part="action"
                href={safe}
                // Only with a callback: a server component can render the card, never a handler.
                onClick={onCtaClick && (() => onCtaClick({ href: safe }))}
              >
                {label ?? messages.booking.label}
              </Link>
            )}
            {/* A phone call is no page: the router link is for pages, this stays a plain link. */}
            {tel !== undefined && (
              <a className={cx(link, styles.phone)} part="phone" href={tel.href}>
                {callLabel ? callLabel(tel.text) : messages.booking.call(tel.text)}
              </a>
            )}
          </div>
        )}
      </div>
    );
  },
);
