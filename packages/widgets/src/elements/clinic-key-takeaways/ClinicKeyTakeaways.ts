import { KeyTakeaways } from '@clinic-ui/react';
import { createElement } from 'react';
import { ClinicElement } from '../../base/ClinicElement';
import { ContentError } from '../../base/problems';

/**
 * A card summarising an article in a few points.
 *
 * @tagname clinic-key-takeaways
 * @summary Key takeaways: a heading and 3-7 short points, from one `<ul>` or `<ol>` of `<li>`.
 *
 * @attr {string} heading - Overrides the built-in heading ("Key takeaways"; "Puntos clave" in Spanish).
 * @attr {'2' | '3' | '4' | '5' | '6'} heading-level - The level of the block's heading, 2 to 6. Default: one below the nearest heading before the element in the page (2 if none).
 * @attr {'calm' | 'warm' | 'dark' | 'auto'} theme - A built-in theme; `auto` follows the reader's light or dark colour scheme (calm or dark). Default calm.
 *
 * @slot - One `<ul>` or `<ol>` of `<li>` points; links and emphasis inside points are kept.
 *
 * @csspart block - The rendered block.
 * @csspart root - The card.
 * @csspart heading - The heading.
 * @csspart list - The list of points.
 * @csspart item - Each point.
 */
export class ClinicKeyTakeaways extends ClinicElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'heading-level', 'heading'];
  }

  protected renderBlock() {
    const list = this.querySelector(':scope > ul, :scope > ol');
    if (!list) throw new ContentError('needs one <ul> or <ol> of <li> points');
    const points = [...list.children]
      .filter((child) => child.localName === 'li')
      .map((item) => this.content(item.childNodes));
    if (points.length === 0) throw new ContentError('its list has no <li> points');
    return {
      block: createElement(KeyTakeaways, {
        points,
        heading: this.attribute('heading'),
        ordered: list.localName === 'ol',
        headingLevel: this.headingLevel,
        locale: this.locale,
      }),
    };
  }
}
