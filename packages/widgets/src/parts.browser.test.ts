// The parts custom-elements.json documents are exactly the parts the blocks expose: each element
// is rendered in Chromium with content that uses every feature, and the `part` names in its
// shadow root are compared with the manifest's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import manifest from '../custom-elements.json';
import { manifestElements } from '../scripts/reference.mjs';
import { defineClinicElements, type ClinicElementApi } from './index';
import { defineClinicScreener } from './screener';

defineClinicElements();
defineClinicScreener();

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Each element with everything it can show: every optional line, link and layout. */
const everything: Record<string, string> = {
  'clinic-key-takeaways': `<clinic-key-takeaways heading="In short">
    <ul><li>One.</li><li>Two.</li><li>Three.</li></ul></clinic-key-takeaways>`,
  'clinic-comparison-table': `<clinic-comparison-table>
    <table>
      <caption>Therapy or medication</caption>
      <thead><tr><th>Criterion</th><th>Therapy</th><th data-highlight>Both</th></tr></thead>
      <tbody>
        <tr><th>Time to feel better</th><td>6-12 weeks</td><td>4-8 weeks</td></tr>
        <tr><th>Visits</th><td>Weekly</td><td>Weekly, then monthly</td></tr>
      </tbody>
    </table></clinic-comparison-table>`,
  'clinic-byline': `<clinic-byline author-name="Jonah Pike" author-credentials="LCSW"
    author-url="/team/jonah" reviewer-name="Dr. Mara Quell" reviewer-credentials="MD"
    reviewer-url="/team/mara" published="2026-03-04" reviewed="2026-03-18" read-minutes="6">
    </clinic-byline>`,
  'clinic-quiz-cta': `<clinic-quiz-cta condition="ADHD" href="/quiz">Five minutes, private.</clinic-quiz-cta>`,
  'clinic-quiz-cta-group': `<clinic-quiz-cta-group>
    <clinic-quiz-cta condition="ADHD" href="/adhd"></clinic-quiz-cta>
    <clinic-quiz-cta condition="anxiety" href="/anxiety"></clinic-quiz-cta></clinic-quiz-cta-group>`,
  'clinic-booking-cta': `<clinic-booking-cta href="/book" accepting locations="Fernhollow; Online"
    phone="+1 555 0100 200">Same-week visits.</clinic-booking-cta>`,
  'clinic-faq': `<clinic-faq heading="Questions">
    <details open><summary>Do I need a referral?</summary><p>No.</p></details>
    <details><summary>Online?</summary><p>Yes.</p></details></clinic-faq>`,
  // Sample wording (never an instrument's): nine items and the notice.
  'clinic-screener': `<clinic-screener instrument="phq-9" heading="Sample check-in" booking-href="/book">
    <form>${Array.from(
      { length: 9 },
      (_, item) =>
        `<fieldset><legend>Sample question ${item + 1}</legend>${[0, 1, 2, 3]
          .map(
            (value) =>
              `<label><input type="radio" name="q${item}" value="${value}"> Sample ${value}</label>`,
          )
          .join('')}</fieldset>`,
    ).join('')}<p>Sample notice.</p></form></clinic-screener>`,
};

/**
 * Parts that show only in some states: the screener's error summary (submitted unanswered), then
 * its result with the urgent crisis lines (the self-harm item answered).
 */
const states: Record<string, ((shadow: ShadowRoot) => void)[]> = {
  'clinic-screener': [
    (shadow) => shadow.querySelector<HTMLButtonElement>('[part="submit"]')!.click(),
    (shadow) => {
      for (const fieldset of shadow.querySelectorAll('fieldset'))
        fieldset.querySelectorAll('input')[1]!.click();
    },
    (shadow) => shadow.querySelector<HTMLButtonElement>('[part="submit"]')!.click(),
  ],
};

const documented = manifestElements(manifest);

describe('the parts each element exposes', () => {
  it('has a fixture for every documented element', () => {
    expect(Object.keys(everything).sort()).toEqual(documented.map((e) => e.tagName).sort());
  });

  it.each(documented.map((element) => [element.tagName, element] as const))(
    '<%s>: exposes exactly the documented parts',
    async (tag, element) => {
      const warn = vi.spyOn(console, 'warn');
      document.body.innerHTML = `<main>${everything[tag]}</main>`;
      const host = document.querySelector<ClinicElementApi>(tag)!;
      const nested = [...host.querySelectorAll<ClinicElementApi>('*')].filter((node) =>
        node.localName.startsWith('clinic-'),
      );
      for (const node of [host, ...nested]) await node.updateComplete;
      expect(warn, 'the fixture is valid content').not.toHaveBeenCalled();
      const exposed = new Set<string>();
      const collect = () => {
        for (const node of host.shadowRoot!.querySelectorAll('[part]'))
          for (const part of node.getAttribute('part')!.split(/\s+/)) exposed.add(part);
      };
      collect();
      for (const step of states[tag] ?? []) {
        step(host.shadowRoot!);
        await new Promise((resolve) => setTimeout(resolve, 50));
        collect();
      }
      expect([...exposed].sort()).toEqual((element.cssParts ?? []).map((p) => p.name).sort());
    },
  );
});
