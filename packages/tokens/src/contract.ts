/**
 * The shape of every Clinic UI theme. Each leaf becomes one public CSS custom property,
 * named from its path: `color.onBrand` is `--clinic-color-on-brand`. These names are public API:
 * add freely, rename or remove only in a major version.
 */
export const tokenContract = {
  color: {
    /** Brand colour: buttons, links, headings accents. Text-safe on `surface` and `surfaceRaised`. */
    brand: null,
    /** Text and icons drawn on `brand`. */
    onBrand: null,
    /** Decorative accent: rules, markers, highlights. A UI colour (3:1), not a text colour. */
    accent: null,
    /** Page and card background. */
    surface: null,
    /** Background of raised parts: cards, table headers, accordion triggers. */
    surfaceRaised: null,
    /** Body text. */
    text: null,
    /** Secondary text: credentials, dates, captions. Still AA body text. */
    textMuted: null,
    /** Borders that outline a component. A UI colour (3:1). */
    border: null,
    /** The keyboard focus indicator. */
    focusRing: null,
    /** Positive status text, such as "accepting new patients". */
    success: null,
    /** Cautionary status text. */
    warning: null,
    /** Error and danger status text. */
    danger: null,
  },
  font: {
    /** Body copy. System fonts only: nothing is downloaded. */
    body: null,
    /** Headings. */
    heading: null,
    /** Code and tabular figures. */
    mono: null,
  },
  fontWeight: {
    regular: null,
    medium: null,
    bold: null,
  },
  fontSize: {
    xs: null,
    sm: null,
    md: null,
    lg: null,
    xl: null,
    xxl: null,
  },
  lineHeight: {
    tight: null,
    normal: null,
  },
  space: {
    xxs: null,
    xs: null,
    sm: null,
    md: null,
    lg: null,
    xl: null,
    xxl: null,
  },
  radius: {
    sm: null,
    md: null,
    lg: null,
    pill: null,
  },
  shadow: {
    sm: null,
    md: null,
  },
  motion: {
    durationFast: null,
    durationNormal: null,
    easing: null,
  },
} as const;

type Contract = typeof tokenContract;

/** The values of a complete theme: one string per token of the contract. */
export type ClinicThemeValues = {
  [Group in keyof Contract]: { [Token in keyof Contract[Group]]: string };
};

/** A colour role of the contract, such as `brand` or `textMuted`. */
export type ColorToken = keyof Contract['color'];

/** Turns a token path into its public custom property name, without the leading `--`. */
export function cssVariableName(path: readonly string[]): string {
  const kebab = path.map((part) => part.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
  return ['clinic', ...kebab].join('-');
}

/** Every token path of the contract, as `['color', 'brand']` and so on, in contract order. */
export function tokenPaths(): [group: string, token: string][] {
  return Object.entries(tokenContract).flatMap(([group, tokens]) =>
    Object.keys(tokens).map((token): [string, string] => [group, token]),
  );
}
