import { Byline, type BylinePerson, type BylineProps } from '@clinic-ui/react';
import {
  buildMedicalWebPageJsonLd,
  checkCalendarDate,
  checkReadMinutes,
} from '@clinic-ui/react/internal';
import { createElement } from 'react';
import { ClinicElement } from '../../base/ClinicElement';
import { ContentError } from '../../base/problems';

/**
 * Who wrote and who medically reviewed an article, when, and how long it takes to read.
 *
 * @tagname clinic-byline
 * @summary Byline: author, medical reviewer, published and reviewed dates, read time.
 *
 * @attr {string} author-name - The author's name. Required.
 * @attr {string} author-credentials - The author's credentials, e.g. "LCSW".
 * @attr {string} author-url - The author's profile page (http, https or relative).
 * @attr {string} reviewer-name - The medical reviewer's name.
 * @attr {string} reviewer-credentials - The reviewer's credentials, e.g. "MD".
 * @attr {string} reviewer-url - The reviewer's profile page.
 * @attr {string} published - Publication date, `YYYY-MM-DD`; shown as the same day in every time zone.
 * @attr {string} reviewed - Date of the last medical review, `YYYY-MM-DD`.
 * @attr {string} read-minutes - Estimated read time in whole minutes.
 * @attr {boolean} structured-data - Publishes schema.org MedicalWebPage JSON-LD in the light DOM.
 * @attr {'calm' | 'warm' | 'dark' | 'auto'} theme - A built-in theme; `auto` follows the reader's light or dark colour scheme (calm or dark). Default calm.
 *
 * @csspart block - The rendered block.
 * @csspart root - The byline.
 * @csspart people - The author and reviewer lines.
 * @csspart author - The author's line.
 * @csspart reviewer - The reviewer's line.
 * @csspart label - "Written by" and "Medically reviewed by" before each name.
 * @csspart name - Each name.
 * @csspart profile-link - Each name that links to a profile page (also part `name`).
 * @csspart credentials - Each person's credentials.
 * @csspart meta - The dates and read time.
 * @csspart published - The publication date.
 * @csspart reviewed - The review date.
 * @csspart read-time - The read time.
 */
export class ClinicByline extends ClinicElement {
  static override get observedAttributes(): string[] {
    return [
      ...super.observedAttributes,
      'author-name',
      'author-credentials',
      'author-url',
      'reviewer-name',
      'reviewer-credentials',
      'reviewer-url',
      'published',
      'reviewed',
      'read-minutes',
      'structured-data',
    ];
  }

  #person(role: 'author' | 'reviewer'): BylinePerson | undefined {
    const name = this.attribute(`${role}-name`);
    if (!name) return undefined;
    const url = this.linkAttribute(`${role}-url`, 'the name is shown without a link');
    return {
      name,
      credentials: this.attribute(`${role}-credentials`),
      url,
    };
  }

  protected renderBlock() {
    const author = this.#person('author');
    if (!author) throw new ContentError('needs an author-name attribute');
    const props: BylineProps = {
      author,
      reviewer: this.#person('reviewer'),
      published: checkCalendarDate(this.attribute('published'), 'published', this.report)?.iso,
      reviewed: checkCalendarDate(this.attribute('reviewed'), 'reviewed', this.report)?.iso,
      readMinutes: checkReadMinutes(this.attribute('read-minutes'), 'read-minutes', this.report),
      locale: this.locale,
    };
    return {
      block: createElement(Byline, props),
      structuredData: this.hasAttribute('structured-data')
        ? buildMedicalWebPageJsonLd(props)
        : undefined,
    };
  }
}
