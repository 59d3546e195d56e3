import axe from 'axe-core';

/** The WCAG 2.2 A and AA rules: the bar Clinic UI is held to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core's WCAG A/AA rules on `context` in the current (real) browser page. */
export async function axeViolations(
  context: axe.ElementContext = document,
  options: axe.RunOptions = {},
): Promise<axe.Result[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
    ...options,
  });
  return results.violations;
}

/** Throws an Error listing every violation (rule, impact, help and the offending nodes). */
export async function expectNoAxeViolations(
  context: axe.ElementContext = document,
  options: axe.RunOptions = {},
): Promise<void> {
  const violations = await axeViolations(context, options);
  if (violations.length === 0) return;
  throw new Error(
    `axe-core found ${violations.length} violation(s):\n${formatViolations(violations)}`,
  );
}

export function formatViolations(violations: axe.Result[]): string {
  return violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${violation.nodes
          .map((node) =>
            `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(/\n/g, ' '),
          )
          .join('\n')}`,
    )
    .join('\n');
}
