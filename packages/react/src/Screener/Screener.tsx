'use client';
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { checkLink } from '../core/url';
import {
  checkScreenerForm,
  getScreenerProfile,
  scoreScreener,
  type ScreenerInstrument,
  type ScreenerResult,
} from '../core/screener';
import { crisisLinks, screenerMessages, type ScreenerMessages } from '../core/screenerMessages';
import { cx } from '../internal/classNames';
import { devReport } from '../internal/devWarning';
import { Heading, type HeadingLevel } from '../internal/Heading';
import { useLocaleTag } from '../internal/locale/useLocale';
import type { ClinicBlockProps, ClinicLocaleProps } from '../internal/props';
import {
  heading as headingStyle,
  link,
  muted,
  primaryAction,
  visuallyHidden,
} from '../internal/styles.css';
import * as styles from './Screener.css';

export interface ScreenerOption {
  /** The score of this option, 0 ("not at all") to 3 ("nearly every day"). */
  value: number;
  label: ReactNode;
}

export interface ScreenerItem {
  /** The item's wording, exactly as the clinic's official form gives it. */
  question: ReactNode;
  options: readonly ScreenerOption[];
}

/** What `onCtaClick` receives: the booking link only, never an answer, score or band. */
export interface ScreenerCtaClickDetail {
  href: string;
}

export interface ScreenerProps extends ClinicLocaleProps, ClinicBlockProps<'div'> {
  /** The scoring profile: `phq-9`, `gad-7`, `phq-2`, `gad-2`, or `custom` with `bands`. */
  instrument: ScreenerInstrument;
  /** For `custom` only: the bands, e.g. `"0-4:Low;5-9:Some;10-:High"`. */
  bands?: string;
  /**
   * The items in form order, with the clinic's official wording (Clinic UI carries none). The
   * PHQ-9 may have a tenth, unscored item. A form that does not match its profile is not scored:
   * its questions are listed and a development warning says what is wrong.
   */
  items: readonly ScreenerItem[];
  /** The screener's title, shown as a heading. */
  heading?: ReactNode;
  /** Text before the items, such as the instrument's stem ("Over the last 2 weeks…"). */
  intro?: ReactNode;
  /** The developers' notice, shown as the form's last paragraph. Keep it. */
  notice?: ReactNode;
  /** Where the result hands off to booking. Unsafe URLs are dropped with a development warning. */
  bookingHref?: string;
  /** Text of the booking link; default "Book an appointment to talk it through". */
  bookingLabel?: ReactNode;
  /** Called when the booking link is clicked, with `{ href }` only. Navigation is not prevented. */
  onCtaClick?: (detail: ScreenerCtaClickDetail) => void;
  /**
   * Where the reader is, for crisis lines: `US` (default) shows 988 and 911; any other region
   * shows `crisis`, or findahelpline.com when `crisis` is not given.
   */
  region?: string;
  /** The crisis information for a `region` outside the US. */
  crisis?: ReactNode;
  /** One item per step, with "Continue", a back link and "Question 3 of 9". */
  paged?: boolean;
  /** Level of `heading` (default 2); the result's heading is one level below it. */
  headingLevel?: HeadingLevel;
}

type Answers = (number | undefined)[];
type Focus = 'errors' | 'result' | 'step' | 'start';

/** Nothing to subscribe to: the snapshot only tells the server and hydration from the browser. */
const noSubscription = () => () => {};

/**
 * A private self-screener: the clinic's form, scored in the page. Answers live in this
 * component's memory only: nothing is stored, sent, logged or passed to a callback.
 */
export const Screener = /* @__PURE__ */ forwardRef<HTMLDivElement, ScreenerProps>(function Screener(
  {
    instrument,
    bands,
    items,
    heading,
    intro,
    notice,
    bookingHref,
    bookingLabel,
    onCtaClick,
    region,
    crisis,
    paged = false,
    headingLevel = 2,
    locale,
    className,
    ...rest
  },
  ref,
) {
  const messages = screenerMessages(useLocaleTag(locale).language);
  const uid = useId();
  const report = devReport('Screener');
  const profile = getScreenerProfile(instrument, bands, 'bands', report);
  const usable =
    profile !== undefined &&
    checkScreenerForm(
      profile,
      items.map((item) => ({ values: item.options.map((option) => option.value) })),
      'items',
      report,
    );
  const booking = bookingHref
    ? checkLink(bookingHref, 'bookingHref', report, 'the result has no booking link')
    : undefined;

  const [answers, setAnswers] = useState<Answers>([]);
  const [errors, setErrors] = useState<number[]>([]);
  const [result, setResult] = useState<ScreenerResult>();
  const [step, setStep] = useState(0);
  const [focus, setFocus] = useState<{ target: Focus; turn: number }>();
  const root = useRef<HTMLDivElement | null>(null);
  const setRoot = useCallback(
    (node: HTMLDivElement | null) => {
      root.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  // Server HTML has no submit handler until it hydrates: a disabled submit button until then
  // means neither a click nor Enter can send the answers to the URL (no implicit submission).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  // Focus follows each change of view, as a new page would reset it (GOV.UK patterns).
  useEffect(() => {
    if (!focus) return;
    const selector = {
      errors: '[data-screener="errors"]',
      result: '[data-screener="result-heading"]',
      step: 'input[type="radio"]:checked',
      start: 'input[type="radio"]',
    }[focus.target];
    const target =
      root.current?.querySelector<HTMLElement>(selector) ??
      root.current?.querySelector<HTMLElement>('input[type="radio"]');
    target?.focus();
  }, [focus]);

  const subLevel = (heading != null ? Math.min(headingLevel + 1, 6) : headingLevel) as HeadingLevel;
  // Focus targets need tabIndex, which the shared Heading does not take.
  const SubHeading = `h${subLevel}` as const;
  const title = heading != null && (
    <Heading level={headingLevel} className={cx(headingStyle, styles.title)} part="heading">
      {heading}
    </Heading>
  );

  if (!usable)
    return (
      <div {...rest} ref={setRoot} className={cx(styles.root, className)} part="root">
        {title}
        {intro != null && <div className={styles.intro}>{intro}</div>}
        <ol className={styles.plainList}>
          {items.map((item, index) => (
            <li key={index}>{item.question}</li>
          ))}
        </ol>
        {notice != null && <p className={muted}>{notice}</p>}
      </div>
    );

  const scoredCount = profile.scoredItems ?? items.length;
  const request = (target: Focus) =>
    setFocus((previous) => ({ target, turn: (previous?.turn ?? 0) + 1 }));
  const itemId = (index: number) => `${uid}-item-${index + 1}`;

  const choose = (index: number, value: number) => {
    setAnswers((previous) => {
      const next = [...previous];
      next[index] = value;
      return next;
    });
    setErrors((previous) => previous.filter((item) => item !== index + 1));
  };

  const finish = () => {
    // One entry per item, answered or not: a custom check-in scores every item it has.
    const scored = scoreScreener(
      profile,
      items.map((_, index) => answers[index]),
    );
    if (scored.result) {
      setErrors([]);
      setResult(scored.result);
      request('result');
    } else {
      setErrors(scored.missing);
      if (paged) setStep((scored.missing[0] ?? 1) - 1);
      request('errors');
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    // The native submit would put every answer in the URL: never let it happen.
    event.preventDefault();
    if (!paged || step === items.length - 1) return finish();
    if (step < scoredCount && answers[step] === undefined) {
      setErrors([step + 1]);
      return request('errors');
    }
    setErrors([]);
    setStep(step + 1);
    request('step');
  };

  const back = () => {
    setErrors([]);
    setStep(Math.max(0, step - 1));
    request('step');
  };

  const startAgain = () => {
    setAnswers([]);
    setErrors([]);
    setResult(undefined);
    setStep(0);
    request('start');
  };

  // Error links focus their item instead of following the #fragment, so the URL never changes.
  // The item is looked up in the link's own root: inside a shadow root (the widgets), document
  // would not find it.
  const goToItem = (event: MouseEvent<HTMLAnchorElement>, item: number) => {
    event.preventDefault();
    const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
    root.getElementById(itemId(item - 1))?.focus();
  };

  const crisisInfo = (
    <CrisisInfo messages={messages} region={region} crisis={crisis} level={subLevel} />
  );

  return (
    <div {...rest} ref={setRoot} className={cx(styles.root, className)} part="root">
      {title}
      {result ? (
        <section className={styles.result} aria-labelledby={`${uid}-result`} part="result">
          <SubHeading
            id={`${uid}-result`}
            className={cx(headingStyle, styles.resultHeading)}
            part="result-heading"
            data-screener="result-heading"
            tabIndex={-1}
          >
            {messages.resultHeading}
          </SubHeading>
          {result.selfHarm && (
            <CrisisInfo
              messages={messages}
              region={region}
              crisis={crisis}
              level={Math.min(subLevel + 1, 6) as HeadingLevel}
              urgent
            />
          )}
          <p className={styles.score}>{messages.score(result.total, result.max)}</p>
          <p className={styles.band}>
            {messages.band(
              result.band.label ?? (result.band.key ? messages.bands[result.band.key] : ''),
            )}
          </p>
          {result.band.key && <p>{messages.bandMeanings[result.band.key]}</p>}
          <p>{messages.notDiagnosis}</p>
          {booking !== undefined && (
            <a
              className={primaryAction}
              part="action"
              href={booking}
              onClick={() => onCtaClick?.({ href: booking })}
            >
              {bookingLabel ?? messages.booking}
            </a>
          )}
          {!result.selfHarm && crisisInfo}
          <button type="button" className={styles.secondary} onClick={startAgain}>
            {messages.startAgain}
          </button>
        </section>
      ) : (
        <form noValidate onSubmit={submit} className={styles.form} part="form">
          <p className={styles.privacy}>{messages.privacy}</p>
          {errors.length > 0 && (
            <div
              className={styles.errorSummary}
              data-screener="errors"
              tabIndex={-1}
              aria-labelledby={`${uid}-errors`}
              role="alert"
              part="errors"
            >
              <SubHeading id={`${uid}-errors`} className={styles.errorTitle}>
                {messages.errorSummaryTitle}
              </SubHeading>
              <ul className={styles.errorList}>
                {errors.map((item) => (
                  <li key={item}>
                    <a
                      className={link}
                      href={`#${itemId(item - 1)}`}
                      onClick={(event) => goToItem(event, item)}
                    >
                      {messages.missingItem(item)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {paged && step > 0 && (
            <button type="button" className={styles.back} onClick={back}>
              {messages.back}
            </button>
          )}
          {intro != null && <div className={styles.intro}>{intro}</div>}
          {items.map((item, index) => {
            if (paged && index !== step) return null;
            const error = errors.includes(index + 1);
            const errorId = `${uid}-error-${index + 1}`;
            return (
              <fieldset
                key={index}
                className={cx(styles.item, error && styles.itemError)}
                aria-describedby={error ? errorId : undefined}
                part="item"
              >
                <legend className={styles.legend}>
                  {paged ? (
                    <span className={styles.progress}>
                      {messages.progress(index + 1, items.length)}
                    </span>
                  ) : (
                    <span className={styles.number}>{index + 1}. </span>
                  )}
                  {item.question}
                </legend>
                {error && (
                  <p id={errorId} className={styles.errorMessage}>
                    <span className={visuallyHidden}>{messages.errorPrefix} </span>
                    {messages.missingInline}
                  </p>
                )}
                <div className={styles.options}>
                  {item.options.map((option, optionIndex) => (
                    <label key={optionIndex} className={styles.option}>
                      <input
                        type="radio"
                        className={styles.radio}
                        id={optionIndex === 0 ? itemId(index) : undefined}
                        name={`${uid}-${index + 1}`}
                        value={String(option.value)}
                        checked={answers[index] === option.value}
                        onChange={() => choose(index, option.value)}
                      />
                      <span>{option.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          })}
          <button type="submit" className={primaryAction} part="submit" disabled={!hydrated}>
            {paged && step < items.length - 1 ? messages.continue : messages.submit}
          </button>
          {notice != null && <p className={cx(muted, styles.notice)}>{notice}</p>}
        </form>
      )}
    </div>
  );
});

interface CrisisInfoProps {
  messages: ScreenerMessages;
  region: string | undefined;
  crisis: ReactNode;
  level: HeadingLevel;
  urgent?: boolean;
}

/** Crisis lines: US numbers, or the clinic's own for another region, with findahelpline.com. */
function CrisisInfo({ messages, region, crisis: own, level, urgent = false }: CrisisInfoProps) {
  const { crisis } = messages;
  const us = region === undefined || region.trim().toUpperCase() === 'US';
  const elsewhere = (
    <li>
      {crisis.elsewhere}{' '}
      <a className={link} href={crisisLinks.elsewhere}>
        {crisis.elsewhereLink}
      </a>
    </li>
  );
  return (
    <div
      className={urgent ? styles.crisisUrgent : styles.crisis}
      part={urgent ? 'crisis urgent' : 'crisis'}
    >
      <Heading level={level} className={styles.crisisHeading}>
        {urgent ? crisis.urgentHeading : crisis.heading}
      </Heading>
      {urgent && <p>{crisis.urgentIntro}</p>}
      {!us && own != null ? (
        own
      ) : (
        <ul className={styles.crisisList}>
          {us && (
            <>
              <li>
                <a className={link} href={crisisLinks.call}>
                  {crisis.call}
                </a>
              </li>
              <li>
                <a className={link} href={crisisLinks.text}>
                  {crisis.text}
                </a>
              </li>
              <li>
                <a className={link} href={crisisLinks.spanish}>
                  {crisis.spanish}
                </a>
              </li>
              <li>
                <a className={link} href={crisisLinks.emergency}>
                  {crisis.emergency}
                </a>
              </li>
            </>
          )}
          {elsewhere}
        </ul>
      )}
    </div>
  );
}
