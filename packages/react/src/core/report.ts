/**
 * Receives one sentence about an unusable input, naming it as the caller knows it (a prop or an
 * attribute): `published "2026-02-30" is not a real date in YYYY-MM-DD form; it is not shown.`
 * React blocks pass a development warning that prefixes the component; elements pass their
 * console problem that prefixes the tag. The rules never log by themselves.
 */
export type Report = (problem: string) => void;

/** The report used when a caller passes none (production React builds): says nothing. */
export const ignoreProblems: Report = () => {};
