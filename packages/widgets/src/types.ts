// The public types, apart from the element classes (so the published declarations need neither
// React's types nor @clinic-ui/react's) and from define.ts (so the base class can use them
// without an import cycle).

/**
 * The tag name of a Clinic UI element. Names are public API: they may grow, never change.
 * `clinic-screener` ships in its own script (`clinic-screener.js`, or `@clinic-ui/widgets/screener`).
 */
export type ClinicTagName =
  | 'clinic-key-takeaways'
  | 'clinic-comparison-table'
  | 'clinic-byline'
  | 'clinic-quiz-cta'
  | 'clinic-quiz-cta-group'
  | 'clinic-booking-cta'
  | 'clinic-faq'
  | 'clinic-screener';

/** The elements `clinic-ui.js` (and this package's main entry) defines. */
export type ClinicMainTagName = Exclude<ClinicTagName, 'clinic-screener'>;

/** The detail of `clinic-cta-click`: which element, where it leads; nothing about the reader. */
export interface ClinicCtaClickDetail {
  element: ClinicTagName;
  href: string;
  condition?: string;
}

/** The detail of `clinic-problem`: the console message about the element, word for word. */
export interface ClinicProblemDetail {
  message: string;
}

/** What every Clinic UI element adds to HTMLElement. */
export interface ClinicElementApi extends HTMLElement {
  /**
   * Settles (with true) once the element's pending render has reached its shadow root; already
   * settled when nothing is pending. Await it after changing attributes or content.
   */
  readonly updateComplete: Promise<boolean>;
}
