import { Screener, type ScreenerItem } from '@clinic-ui/react';
import {
  checkScreenerForm,
  checkScreenerInstrument,
  getScreenerProfile,
  type ScreenerItemShape,
} from '@clinic-ui/react/internal';
import { createElement, type ReactNode } from 'react';
import { ClinicElement } from '../../base/ClinicElement';
import { textOf } from '../../base/lightDom';
import { ContentError } from '../../base/problems';

const preventSubmit = (event: Event) => event.preventDefault();

/** What the pasted form holds, before it is checked against the instrument's profile. */
interface PastedForm {
  shapes: ScreenerItemShape[];
  items: ScreenerItem[];
  intro: Node[];
  notice: HTMLParagraphElement | undefined;
}

/**
 * A private self-screener: the clinic's pasted form (PHQ-9, GAD-7, PHQ-2, GAD-2 or the clinic's own
 * check-in), scored in the page. Answers stay in memory: nothing is stored, sent or logged, and
 * they are cleared on "Start again" and when the element leaves the page. Ships in its own script,
 * `clinic-screener.js`, which works beside `clinic-ui.js` or alone.
 *
 * @tagname clinic-screener
 * @summary Self-screener: the clinic's official form, scored on the reader's device, with crisis lines and a booking hand-off.
 *
 * @attr {'phq-9' | 'gad-7' | 'phq-2' | 'gad-2' | 'custom'} instrument - The scoring profile; the form must match it (item count, options valued 0 to 3, the PHQ-9's self-harm item). Required.
 * @attr {string} bands - For `custom` only: the bands, e.g. `0-4:Low;5-9:Some;10-:High` (from 0, in order, no gaps; only the last open).
 * @attr {string} booking-href - Where the result hands off to booking (http, https or relative).
 * @attr {string} region - Where the readers are: `US` (default) shows 988 and 911; any other value shows the `crisis` content, or findahelpline.com.
 * @attr {boolean} paged - One question per step, with "Continue", "Back" and "Question 3 of 9".
 * @attr {string} heading - The screener's title, shown as a heading.
 * @attr {'2' | '3' | '4' | '5' | '6'} heading-level - The level of the block's heading, 2 to 6. Default: one below the nearest heading before the element in the page (2 if none).
 * @attr {'calm' | 'warm' | 'dark' | 'auto'} theme - A built-in theme; `auto` follows the reader's light or dark colour scheme (calm or dark). Default calm.
 *
 * @slot - The official form: a `<form>` with one `<fieldset>` per item (a `<legend>` holding the item, one `<label>` per option around an `<input type="radio" name="…" value="0|1|2|3">`), optional paragraphs before the first item, the developers' notice as its last paragraph, and an optional submit button.
 * @slot crisis - Crisis lines for readers outside the US (with `region`), e.g. `<div slot="crisis">…</div>`.
 *
 * @csspart block - The rendered block.
 * @csspart root - The screener.
 * @csspart heading - The title.
 * @csspart form - The questions.
 * @csspart item - Each question.
 * @csspart errors - The summary of unanswered questions.
 * @csspart submit - The submit ("See my result") or "Continue" button.
 * @csspart result - The result.
 * @csspart result-heading - The result's heading.
 * @csspart action - The booking link.
 * @csspart crisis - The crisis lines.
 * @csspart urgent - The crisis lines shown first when the self-harm item was not "not at all".
 *
 * @fires {CustomEvent<{ element: string; href: string }>} clinic-cta-click - When the reader follows the booking link. Carries the link only: never an answer, score, band or instrument.
 */
export class ClinicScreener extends ClinicElement {
  static override get observedAttributes(): string[] {
    return [
      ...super.observedAttributes,
      'heading-level',
      'instrument',
      'bands',
      'booking-href',
      'region',
      'paged',
      'heading',
    ];
  }

  /** Reads the pasted form as it is; the profile check comes after. */
  #readForm(form: HTMLFormElement): PastedForm {
    const fieldsets = [...form.querySelectorAll('fieldset')];
    const shapes: ScreenerItemShape[] = [];
    const items: ScreenerItem[] = fieldsets.map((fieldset, index) => {
      const legend = fieldset.querySelector(':scope > legend');
      if (!legend || textOf(legend) === '')
        throw new ContentError(`item ${index + 1} has no <legend> holding its wording`);
      const labels = [...fieldset.querySelectorAll('label')].filter((label) =>
        label.querySelector<HTMLInputElement>('input[type="radio"]'),
      );
      const radios = labels.map((label) =>
        label.querySelector<HTMLInputElement>('input[type="radio"]')!,
      );
      const names = new Set(radios.map((radio) => radio.name));
      if (names.size > 1)
        throw new ContentError(
          `item ${index + 1} mixes radio names (${[...names].map((name) => `"${name}"`).join(', ')}); one name per item`,
        );
      shapes.push({
        name: radios[0]?.name || undefined,
        values: radios.map((radio) => radio.getAttribute('value') ?? ''),
      });
      return {
        question: this.content(legend.childNodes),
        options: labels.map((label, option) => ({
          value: Number(radios[option]!.getAttribute('value')),
          label: this.content([...label.childNodes].filter((node) => node !== radios[option])),
        })),
      };
    });
    // The notice: the last paragraph, after the items. Paragraphs before the first item: the intro.
    const paragraphs = [...form.querySelectorAll<HTMLParagraphElement>(':scope > p')];
    const last = paragraphs.at(-1);
    const after = (node: Node, other: Node | undefined) =>
      !other || Boolean(other.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    const notice = last && after(last, fieldsets.at(-1)) ? last : undefined;
    const first = fieldsets[0];
    const intro = [...form.children].filter(
      (child) =>
        child !== notice &&
        !['fieldset', 'button', 'input'].includes(child.localName) &&
        (!first || !after(child, first)),
    );
    return { shapes, items, intro, notice };
  }

  protected renderBlock() {
    const form = this.querySelector<HTMLFormElement>(':scope > form');
    if (!form) throw new ContentError('needs the screener pasted as a <form> inside it');
    // Should the pasted form ever show (refused), its native submit must not put answers in the URL.
    form.addEventListener('submit', preventSubmit);
    const problems: string[] = [];
    const collect = (problem: string) => problems.push(problem);
    const instrument = checkScreenerInstrument(
      this.getAttribute('instrument') ?? undefined,
      'instrument',
      collect,
    );
    const profile =
      instrument &&
      getScreenerProfile(instrument, this.getAttribute('bands') ?? undefined, 'bands', collect);
    if (!instrument || !profile) throw new ContentError(problems.join(' '));
    const pasted = this.#readForm(form);
    if (!checkScreenerForm(profile, pasted.shapes, 'its form', collect))
      throw new ContentError(problems.join(' '));
    // The published instruments may only be shown with their developers' notice.
    if (instrument !== 'custom' && !pasted.notice)
      throw new ContentError(
        "its form needs the developers' notice as its last paragraph, after the items",
      );
    const crisis = this.querySelector(':scope > [slot="crisis"]');
    const booking = this.attribute('booking-href');
    const content = (nodes: readonly Node[]): ReactNode =>
      nodes.some((node) => node.textContent?.trim()) ? this.content(nodes, true) : undefined;
    return {
      block: createElement(Screener, {
        instrument,
        bands: this.attribute('bands'),
        items: pasted.items,
        heading: this.attribute('heading'),
        headingLevel: this.headingLevel,
        intro: content(pasted.intro),
        notice: pasted.notice ? this.content(pasted.notice.childNodes) : undefined,
        bookingHref:
          booking && this.linkAttribute('booking-href', 'the result has no booking link'),
        onCtaClick: ({ href }) => this.dispatchCtaClick({ href }),
        region: this.attribute('region'),
        crisis: crisis ? this.content(crisis.childNodes, true) : undefined,
        paged: this.hasAttribute('paged'),
        locale: this.locale,
      }),
    };
  }
}
