import { forwardRef, useId, type ReactNode } from 'react';
import { Accordion } from '../Accordion';
import { cx } from '../internal/classNames';
import { devWarning } from '../internal/devWarning';
import type { HeadingLevel } from '../internal/Heading';
import { useLocale } from '../internal/locale/useLocale';
import type { ClinicBlockProps, ClinicLocaleProps } from '../internal/props';
import * as styles from './ComparisonTable.css';

/** One treatment option: a column of the wide table, an accordion item of the narrow layout. */
export interface ComparisonOption {
  /** Stable key; criteria key their values by it, and `highlight` names it. */
  id: string;
  /** Column heading, such as "Medication". May hold inline markup. */
  label: ReactNode;
}

/** One criterion the options are compared on: a row of the wide table. */
export interface ComparisonCriterion {
  /** Stable key. */
  id: string;
  /** Row heading, such as "Time to benefit". May hold inline markup. */
  label: ReactNode;
  /** One cell per option, keyed by option id. A missing value renders an empty cell. */
  values: Record<string, ReactNode>;
}

export interface ComparisonTableProps extends ClinicLocaleProps, ClinicBlockProps<'div'> {
  /** The table's caption: what is compared. Required (tables need a caption). */
  caption: ReactNode;
  /** The options compared, in column order. */
  options: readonly ComparisonOption[];
  /** The criteria they are compared on, in row order. */
  criteria: readonly ComparisonCriterion[];
  /** Id of the recommended option, if any. It gets a text badge and a marked column. */
  highlight?: string;
  /** Overrides the badge text (the locale's "Recommended"). */
  highlightLabel?: ReactNode;
  /** Header of the first column in the wide table; defaults to the locale's "Criterion". */
  criterionHeader?: ReactNode;
  /** Heading level of each accordion item in the narrow layout. Default 3. */
  headingLevel?: HeadingLevel;
}

/**
 * Treatment options compared across criteria. In a container at least 40rem wide it is a table
 * (options as columns); in a narrower one, an accordion with one item per option. Both are in the
 * markup; a container query shows exactly one.
 */
export const ComparisonTable = /* @__PURE__ */ forwardRef<HTMLDivElement, ComparisonTableProps>(
  function ComparisonTable(
    {
      caption,
      options,
      criteria,
      highlight,
      highlightLabel,
      criterionHeader,
      headingLevel = 3,
      locale,
      className,
      ...rest
    },
    ref,
  ) {
    const { messages } = useLocale(locale);
    const captionId = useId();

    if (process.env.NODE_ENV !== 'production' && options.length === 0)
      devWarning('ComparisonTable: options is empty; there is nothing to compare.');
    if (process.env.NODE_ENV !== 'production' && criteria.length === 0)
      devWarning('ComparisonTable: criteria is empty; the options are compared on nothing.');
    warnOnDuplicates('option', options);
    warnOnDuplicates('criterion', criteria);

    const highlighted =
      highlight !== undefined && options.some((option) => option.id === highlight);
    if (process.env.NODE_ENV !== 'production' && highlight !== undefined && !highlighted)
      devWarning(
        `ComparisonTable: highlight "${highlight}" names no option; nothing is highlighted.`,
      );
    const isHighlighted = (option: ComparisonOption) => highlighted && option.id === highlight;

    const cellValue = (criterion: ComparisonCriterion, option: ComparisonOption): ReactNode => {
      const value = criterion.values[option.id];
      if (value === undefined || value === null) {
        if (process.env.NODE_ENV !== 'production')
          devWarning(
            `ComparisonTable: criterion "${criterion.id}" has no value for option "${option.id}"; the cell is empty.`,
          );
        return null;
      }
      return value;
    };

    const badgeText = highlightLabel ?? messages.comparison.recommended;

    return (
      <div {...rest} ref={ref} className={cx(styles.root, className)} part="root">
        <div className={styles.wide} part="wide">
          <table className={styles.table} part="table">
            <caption className={styles.caption} part="caption">
              {caption}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={styles.criterionHeader} part="criterion-header">
                  {criterionHeader ?? messages.comparison.criterion}
                </th>
                {options.map((option) => {
                  const marked = isHighlighted(option);
                  return (
                    <th
                      key={option.id}
                      scope="col"
                      className={cx(styles.columnHeader, marked && styles.highlighted)}
                      data-highlight={marked ? '' : undefined}
                      part={marked ? 'option-header option-header-highlighted' : 'option-header'}
                    >
                      <span className={styles.optionLabel}>{option.label}</span>
                      {marked && (
                        <>
                          {' '}
                          <span className={styles.badge} part="badge">
                            {badgeText}
                          </span>
                        </>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {criteria.map((criterion) => (
                <tr key={criterion.id} part="row">
                  <th scope="row" className={styles.rowHeader} part="criterion">
                    {criterion.label}
                  </th>
                  {options.map((option) => {
                    const marked = isHighlighted(option);
                    return (
                      <td
                        key={option.id}
                        className={cx(styles.dataCell, marked && styles.highlighted)}
                        data-highlight={marked ? '' : undefined}
                        part={marked ? 'cell cell-highlighted' : 'cell'}
                      >
                        {cellValue(criterion, option)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figure className={styles.narrow} aria-labelledby={captionId} part="narrow">
          <figcaption id={captionId} className={styles.narrowCaption} part="caption">
            {caption}
          </figcaption>
          <Accordion
            type="multiple"
            headingLevel={headingLevel}
            defaultValue={highlighted && highlight !== undefined ? [highlight] : []}
            items={options.map((option) => ({
              value: option.id,
              trigger: (
                <span className={styles.triggerLabel}>
                  <span>{option.label}</span>
                  {isHighlighted(option) && (
                    <>
                      {' '}
                      <span className={styles.triggerBadge} part="badge">
                        {badgeText}
                      </span>
                    </>
                  )}
                </span>
              ),
              content: (
                <dl className={styles.details} part="details">
                  {criteria.map((criterion) => (
                    <div key={criterion.id} className={styles.pair}>
                      <dt className={styles.term} part="term">
                        {criterion.label}
                      </dt>
                      <dd className={styles.definition} part="definition">
                        {cellValue(criterion, option)}
                      </dd>
                    </div>
                  ))}
                </dl>
              ),
            }))}
          />
        </figure>
      </div>
    );
  },
);

function warnOnDuplicates(kind: string, entries: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (process.env.NODE_ENV !== 'production' && seen.has(id))
      devWarning(`ComparisonTable: ${kind} id "${id}" is used more than once.`);
    seen.add(id);
  }
}
