import { buildFaqPageJsonLd, Faq, type FaqItem } from '@clinic-ui/react';
import { createElement } from 'react';
import { ClinicElement } from '../../base/ClinicElement';
import { textOf } from '../../base/lightDom';
import { ContentError } from '../../base/problems';

/**
 * Frequently asked questions as a branded accordion.
 *
 * @tagname clinic-faq
 * @summary FAQ: `<details><summary>question</summary>answer</details>` items, as an accordion.
 *
 * @attr {string} heading - Overrides the built-in heading ("Frequently asked questions").
 * @attr {boolean} structured-data - Publishes schema.org FAQPage JSON-LD in the light DOM, beside the content.
 * @attr {'2' | '3' | '4' | '5' | '6'} heading-level - The level of the block's heading, 2 to 6. Default: one below the nearest heading before the element in the page (2 if none).
 * @attr {'calm' | 'warm' | 'dark' | 'auto'} theme - A built-in theme; `auto` follows the reader's light or dark colour scheme (calm or dark). Default calm.
 *
 * @slot - `<details>` items, each a `<summary>` question followed by its answer. A `<details open>` item starts open.
 *
 * @csspart block - The rendered block.
 * @csspart root - The FAQ section, and the accordion inside it.
 * @csspart heading - The FAQ heading.
 * @csspart item - Each question and answer.
 * @csspart trigger - Each question's button.
 * @csspart indicator - The chevron on each question's button.
 * @csspart panel - Each answer.
 */
export class ClinicFaq extends ClinicElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'heading-level', 'heading', 'structured-data'];
  }

  #items(): FaqItem[] {
    const details = [...this.querySelectorAll<HTMLDetailsElement>(':scope > details')];
    if (details.length === 0) throw new ContentError('needs at least one <details> item');
    return details.map((item, index) => {
      const summary = item.querySelector(':scope > summary');
      if (!summary) throw new ContentError(`item ${index + 1} has no <summary> question`);
      const answer = [...item.childNodes].filter((node) => node !== summary);
      return {
        question: this.content(summary.childNodes),
        answer: this.content(answer, true),
        questionText: textOf(summary),
        answerText: answer
          .map((node) => textOf(node))
          .filter(Boolean)
          .join(' '),
        defaultOpen: item.open,
      };
    });
  }

  protected renderBlock() {
    const items = this.#items();
    return {
      block: createElement(Faq, {
        items,
        heading: this.attribute('heading'),
        headingLevel: this.headingLevel,
        locale: this.locale,
      }),
      structuredData: this.hasAttribute('structured-data') ? buildFaqPageJsonLd(items) : undefined,
    };
  }
}
