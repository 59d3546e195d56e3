/**
 * Fixed measures of the blocks' layout that are not theme tokens. The blocks' styles use them,
 * and so does the widgets' pre-upgrade stylesheet, which gives each element its final box before
 * the script arrives: one source, so the two cannot drift apart.
 */
export const measures = {
  /** Smallest height of anything tappable (WCAG 2.5.5 target size). */
  touchTarget: '44px',
  /** The coloured edge of the key-takeaways and booking cards. */
  cardEdge: '6px',
  /** The coloured top edge of a quiz card. */
  quizEdge: '4px',
  /** The outline of the comparison's recommended option. */
  highlightBorder: '3px',
  /** The narrowest a quiz card gets side by side (in rem); below it, one card per row. */
  quizCardMinRem: 16,
  /** From this container width (in rem) the comparison is a table; below, an accordion. */
  comparisonWideRem: 40,
} as const;
