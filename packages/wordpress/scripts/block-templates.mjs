// The starter content a new block opens with: the light DOM each element reads, with sample text
// from the fictional Fernhollow clinic. An element without one starts empty.
export const blockTemplates = {
  'clinic-key-takeaways': `<ul><li>First point.</li><li>Second point.</li><li>Third point.</li></ul>`,
  'clinic-comparison-table': `<table><caption>Care options at Fernhollow</caption><tr><th>Criterion</th><th>Option A</th><th data-highlight>Option B</th></tr><tr><th>How it works</th><td>Describe option A</td><td>Describe option B</td></tr></table>`,
  'clinic-faq': `<details><summary>A question readers ask</summary>Its answer.</details>`,
  'clinic-quiz-cta': `A short, private self-check.`,
  'clinic-booking-cta': `Same-week appointments.`,
  'clinic-quiz-cta-group': `<clinic-quiz-cta condition="anxiety" href="/quizzes/anxiety">A short, private self-check.</clinic-quiz-cta><clinic-quiz-cta condition="low mood" href="/quizzes/mood">Five questions about your mood.</clinic-quiz-cta>`,
  'clinic-byline': '',
};
