import { QuizCtaGroup } from '@clinic-ui/react';
import { createElement } from 'react';
import { ClinicElement } from '../../base/ClinicElement';
import { ContentError } from '../../base/problems';

/**
 * Quiz cards side by side, as the React `QuizCtaGroup` lays them out: a labelled list, as many
 * cards per row as fit, one column on narrow screens.
 *
 * @tagname clinic-quiz-cta-group
 * @summary Quiz group: `<clinic-quiz-cta>` cards side by side, as a labelled list.
 *
 * @attr {string} label - The group's accessible name ("Self-screening quizzes" by default).
 * @attr {'calm' | 'warm' | 'dark' | 'auto'} theme - A built-in theme; `auto` follows the reader's light or dark colour scheme (calm or dark). Default calm.
 *
 * @slot - The `<clinic-quiz-cta>` cards. Each is placed in its own list item.
 *
 * @csspart block - The rendered block.
 * @csspart root - The list.
 * @csspart item - Each card's list item.
 */
export class ClinicQuizCtaGroup extends ClinicElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'label'];
  }

  protected renderBlock() {
    const cards = [...this.children].filter((child) => child.localName === 'clinic-quiz-cta');
    if (cards.length === 0) throw new ContentError('needs one or more <clinic-quiz-cta> cards');
    // Each card goes into its own list item through a named slot; setting `slot` is the one
    // change the element makes to its children (the base ignores it as its own mutation).
    cards.forEach((card, index) => {
      const name = `card-${index + 1}`;
      if (card.slot !== name) card.slot = name;
    });
    return {
      block: createElement(QuizCtaGroup, {
        label: this.attribute('label'),
        locale: this.locale,
        children: cards.map((card) => createElement('slot', { key: card.slot, name: card.slot })),
      }),
    };
  }
}
