import { QuizCta } from '@clinic-ui/react';
import { createElement } from 'react';
import { ClinicElement } from '../../base/ClinicElement';

/**
 * A card inviting the reader to a screening quiz ("Could it be ADHD? Take our quiz").
 *
 * @tagname clinic-quiz-cta
 * @summary Quiz call to action: a heading, optional short text and a link to the quiz.
 *
 * @attr {string} condition - What the quiz screens for, e.g. "ADHD"; used in the default heading.
 * @attr {string} href - The quiz's URL (http, https or relative). Required.
 * @attr {string} heading - Overrides the heading.
 * @attr {string} label - Overrides the link text ("Take the quiz").
 * @attr {'2' | '3' | '4' | '5' | '6'} heading-level - The level of the block's heading, 2 to 6. Default: one below the nearest heading before the element in the page (2 if none).
 * @attr {'calm' | 'warm' | 'dark' | 'auto'} theme - A built-in theme; `auto` follows the reader's light or dark colour scheme (calm or dark). Default calm.
 *
 * @slot - Optional short text under the heading.
 *
 * @csspart block - The rendered block.
 * @csspart root - The card.
 * @csspart heading - The heading.
 * @csspart body - The short text from the content.
 * @csspart action - The link to the quiz.
 *
 * @fires {CustomEvent<{ element: string; href: string; condition?: string }>} clinic-cta-click - When the reader follows the link. Bubbles and crosses shadow roots; carries nothing about the reader.
 */
export class ClinicQuizCta extends ClinicElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'heading-level', 'condition', 'href', 'heading', 'label'];
  }

  protected renderBlock() {
    const href = this.linkAttribute('href', 'the card is shown without a link', 'the quiz URL');
    const condition = this.attribute('condition');
    return {
      block: createElement(QuizCta, {
        href: href ?? '',
        condition,
        heading: this.attribute('heading'),
        label: this.attribute('label'),
        headingLevel: this.headingLevel,
        locale: this.locale,
        children: this.textContent?.trim() ? this.content(this.childNodes) : undefined,
        onCtaClick: (detail) => this.dispatchCtaClick(detail),
      }),
    };
  }
}
