import type { tokenContract } from './contract';

type Contract = typeof tokenContract;

/**
 * What each token is for, in a designer's words: the `$description` of every token in the DTCG
 * export (tokens.json), so Figma and Tokens Studio show it beside the value.
 */
export const tokenDescriptions: {
  [Group in keyof Contract]: { [Token in keyof Contract[Group]]: string };
} = {
  color: {
    brand: 'Brand colour: buttons, links, heading accents. Text-safe (4.5:1) on both surfaces.',
    onBrand: 'Text and icons drawn on the brand colour (4.5:1).',
    accent:
      'Decorative accent: card edges, markers, the recommended option. A UI colour (3:1), not for text.',
    surface: 'Page and card background.',
    surfaceRaised: 'Background of raised parts: cards, table headers, accordion triggers.',
    text: 'Body text (4.5:1 on both surfaces).',
    textMuted: 'Secondary text: credentials, dates, captions. Still AA body text (4.5:1).',
    border: 'Borders that outline a component. A UI colour (3:1).',
    focusRing: 'The keyboard focus indicator (3:1 on both surfaces).',
    success: 'Positive status text, such as "Now accepting new patients" (4.5:1).',
    warning: 'Cautionary status text (4.5:1).',
    danger: 'Error, danger and crisis text (4.5:1).',
  },
  font: {
    body: 'Body copy. System fonts only: nothing is downloaded.',
    heading: 'Headings.',
    mono: 'Code and tabular figures.',
  },
  fontWeight: {
    regular: 'Body text.',
    medium: 'Labels and emphasis.',
    bold: 'Headings and strong emphasis.',
  },
  fontSize: {
    xs: 'Smallest text: fine print.',
    sm: 'Secondary text: credentials, dates, captions.',
    md: 'Body text (the reader’s default size).',
    lg: 'Lead text and small headings.',
    xl: 'Block headings.',
    xxl: 'Large headings.',
  },
  lineHeight: {
    tight: 'Headings.',
    normal: 'Body text.',
  },
  space: {
    xxs: 'Hairline gaps.',
    xs: 'Between an icon and its label.',
    sm: 'Between related items.',
    md: 'Default padding and gaps.',
    lg: 'Card padding; between blocks.',
    xl: 'Between sections of a block.',
    xxl: 'Around large blocks.',
  },
  radius: {
    sm: 'Small parts: badges, inputs.',
    md: 'Buttons and table cells.',
    lg: 'Cards.',
    pill: 'Fully rounded ends.',
  },
  shadow: {
    sm: 'Subtle lift.',
    md: 'Raised cards.',
  },
  motion: {
    durationFast: 'Small state changes: hover, focus.',
    durationNormal: 'Opening and closing panels.',
    easing: 'Every transition (none when the reader asks for reduced motion).',
  },
};
