import { forwardRef, type ReactNode } from 'react';
import { cx } from '../internal/classNames';
import { checkCalendarDate, formatCalendarDate } from '../core/date';
import { buildMedicalWebPageJsonLd as buildJsonLd } from '../core/jsonLd';
import type { Report } from '../core/report';
import { checkReadMinutes } from '../core/rules';
import { checkImageUrl, checkLink } from '../core/url';
import { devReport, devWarning } from '../internal/devWarning';
import { JsonLd } from '../internal/JsonLd';
import { useLocale } from '../internal/locale/useLocale';
import type { ClinicLinkComponent, ClinicLinkComponentProps } from '../internal/link';
import type { ClinicBlockProps, ClinicLocaleProps } from '../internal/props';
import { link as linkStyle } from '../internal/styles.css';
import * as styles from './Byline.css';

export interface BylinePerson {
  /** Full display name, e.g. "Dr. Mara Quell". Shown as text; never parsed. */
  name: string;
  /** Credentials shown after the name, e.g. "MD" or "LCSW"; `honorificSuffix` in JSON-LD. */
  credentials?: string;
  /** Profile page; must be a safe URL (http, https or relative). An unsafe URL shows the name as plain text. */
  url?: string;
  /**
   * Avatar image URL (safe http(s) or relative only; `data:` and other schemes are dropped with a
   * warning). Decorative (`alt=""`) by default, since the name is shown beside it.
   */
  avatarUrl?: string;
  /** Alt text for the avatar, only if the image adds something the name does not. Default `""`. */
  avatarAlt?: string;
}

export interface BylineProps
  extends ClinicLocaleProps, ClinicLinkComponentProps, ClinicBlockProps<'div'> {
  /** The article's author. */
  author: BylinePerson;
  /** The clinician who medically reviewed the article, if any. */
  reviewer?: BylinePerson;
  /** Publication date, `YYYY-MM-DD`. Shown as the same calendar day in every time zone. */
  published?: string;
  /** Date of the last medical review, `YYYY-MM-DD`. */
  reviewed?: string;
  /** Estimated read time in whole minutes (a positive integer; anything else is dropped with a warning). */
  readMinutes?: number;
  /** Emit schema.org `MedicalWebPage` JSON-LD with author, reviewer and dates. */
  structuredData?: boolean;
  /** The page headline, added to the JSON-LD as `headline`. */
  headline?: string;
  /** The page's canonical URL, added to the JSON-LD as `url` (only if it is a safe http(s) URL). */
  pageUrl?: string;
  /** Language of the built-in strings and of the date format (`en`, `es`, `es-MX`, …). */
  locale?: string;
  /** Overrides "Written by". */
  writtenByLabel?: ReactNode;
  /** Overrides "Medically reviewed by". */
  reviewedByLabel?: ReactNode;
  /** Overrides "Published" (before the publication date). */
  publishedLabel?: ReactNode;
  /** Overrides "Reviewed" (before the review date). */
  reviewedLabel?: ReactNode;
  /** Overrides the read-time text, e.g. `(minutes) => \`${minutes} min\``. */
  readTimeLabel?: (minutes: number) => ReactNode;
  /** Overrides the accessible name of a profile link, e.g. `(name) => \`About ${name}\``. Must contain the name. */
  profileLabel?: (name: string) => string;
}

const component = 'Byline';

/**
 * The schema.org `MedicalWebPage` object for a byline, holding only the parts that are valid:
 * people without a name, unsafe URLs and impossible dates are left out. Pure; never warns.
 */
export function buildMedicalWebPageJsonLd(props: BylineProps) {
  return buildJsonLd(props);
}

interface PersonLineProps {
  person: BylinePerson;
  kind: 'author' | 'reviewer';
  label: ReactNode;
  profileLabel: (name: string) => string;
  report: Report | undefined;
  Link: ClinicLinkComponent;
}

function PersonLine({ person, kind, label, profileLabel, report, Link }: PersonLineProps) {
  const href = checkLink(person.url, `${kind}.url`, report, 'the name is shown without a link');
  const avatarSrc = checkImageUrl(person.avatarUrl, `${kind}.avatarUrl`, report);
  const credentials = person.credentials?.trim();
  return (
    <p className={styles.person} part={kind}>
      {avatarSrc !== undefined && (
        <img
          className={styles.avatar}
          part="avatar"
          src={avatarSrc}
          alt={person.avatarAlt ?? ''}
          width={40}
          height={40}
          loading="lazy"
          decoding="async"
        />
      )}
      <span className={styles.personText}>
        <span className={styles.label} part="label">
          {label}
        </span>{' '}
        {href !== undefined ? (
          <Link
            className={cx(linkStyle, styles.name)}
            part="name profile-link"
            href={href}
            aria-label={profileLabel(person.name)}
          >
            {person.name}
          </Link>
        ) : (
          <span className={styles.name} part="name">
            {person.name}
          </span>
        )}
        {credentials && (
          <span className={styles.credentials} part="credentials">
            , {credentials}
          </span>
        )}
      </span>
    </p>
  );
}

/**
 * Who wrote an article and who medically reviewed it, with credentials and profile links, the
 * published and reviewed dates and the read time; optionally schema.org `MedicalWebPage` JSON-LD.
 */
export const Byline = /* @__PURE__ */ forwardRef<HTMLDivElement, BylineProps>(
  function Byline(props, ref) {
    const {
      author,
      reviewer,
      published,
      reviewed,
      readMinutes,
      structuredData = false,
      locale: localeProp,
      className,
      writtenByLabel,
      reviewedByLabel,
      publishedLabel,
      reviewedLabel,
      readTimeLabel,
      profileLabel,
      headline: _headline,
      pageUrl: _pageUrl,
      linkComponent = 'a',
      ...rest
    } = props;
    const { locale, messages } = useLocale(localeProp);
    const report = devReport(component);
    const publishedDate = checkCalendarDate(published, 'published', report);
    const reviewedDate = checkCalendarDate(reviewed, 'reviewed', report);
    if (process.env.NODE_ENV !== 'production' && !author?.name?.trim())
      devWarning(`${component}: author.name is empty.`);
    if (process.env.NODE_ENV !== 'production' && reviewer && !reviewer.name?.trim())
      devWarning(`${component}: reviewer.name is empty; the reviewer is not shown.`);
    const minutes = checkReadMinutes(readMinutes, 'readMinutes', report);
    const profile = profileLabel ?? messages.byline.profile;
    const hasMeta = Boolean(publishedDate || reviewedDate || minutes);

    return (
      <div {...rest} ref={ref} className={cx(styles.root, className)} part="root">
        <div className={styles.people} part="people">
          {author?.name?.trim() && (
            <PersonLine
              person={author}
              kind="author"
              label={writtenByLabel ?? messages.byline.writtenBy}
              profileLabel={profile}
              report={report}
              Link={linkComponent}
            />
          )}
          {reviewer?.name?.trim() && (
            <PersonLine
              person={reviewer}
              kind="reviewer"
              label={reviewedByLabel ?? messages.byline.reviewedBy}
              profileLabel={profile}
              report={report}
              Link={linkComponent}
            />
          )}
        </div>
        {hasMeta && (
          <p className={styles.meta} part="meta">
            {publishedDate && (
              <span className={styles.metaItem} part="published">
                {publishedLabel ?? messages.byline.published}{' '}
                <time dateTime={publishedDate.iso}>
                  {formatCalendarDate(publishedDate, locale)}
                </time>
              </span>
            )}
            {reviewedDate && (
              <span className={styles.metaItem} part="reviewed">
                {reviewedLabel ?? messages.byline.reviewed}{' '}
                <time dateTime={reviewedDate.iso}>{formatCalendarDate(reviewedDate, locale)}</time>
              </span>
            )}
            {minutes !== undefined && (
              <span className={styles.metaItem} part="read-time">
                {readTimeLabel ? readTimeLabel(minutes) : messages.byline.readTime(minutes)}
              </span>
            )}
          </p>
        )}
        {structuredData && <JsonLd data={buildMedicalWebPageJsonLd(props)} />}
      </div>
    );
  },
);
