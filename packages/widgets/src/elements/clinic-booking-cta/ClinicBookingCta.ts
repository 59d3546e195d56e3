import { BookingCta } from '@clinic-ui/react';
import { checkPhone, splitLocations } from '@clinic-ui/react/internal';
import { createElement } from 'react';
import { ClinicElement } from '../../base/ClinicElement';

/**
 * A card inviting the reader to book: "Now accepting new patients", locations, one action.
 *
 * @tagname clinic-booking-cta
 * @summary Booking call to action: heading, short text, locations, a booking link and a phone number.
 *
 * @attr {string} href - The booking page's URL (http, https or relative). Required.
 * @attr {string} heading - Overrides the heading ("Book an appointment").
 * @attr {string} label - Overrides the link text.
 * @attr {string} locations - Locations, separated by `;`.
 * @attr {string} phone - A phone number, shown as a `tel:` link.
 * @attr {boolean} accepting - Shows "Now accepting new patients".
 * @attr {'2' | '3' | '4' | '5' | '6'} heading-level - The level of the block's heading, 2 to 6. Default: one below the nearest heading before the element in the page (2 if none).
 * @attr {'calm' | 'warm' | 'dark' | 'auto'} theme - A built-in theme; `auto` follows the reader's light or dark colour scheme (calm or dark). Default calm.
 *
 * @slot - Optional short text under the heading.
 *
 * @csspart block - The rendered block.
 * @csspart root - The card.
 * @csspart status - "Now accepting new patients" (with `accepting`).
 * @csspart heading - The heading.
 * @csspart body - The short text from the content.
 * @csspart locations - The locations.
 * @csspart locations-label - The locations' label.
 * @csspart location - Each location.
 * @csspart actions - The booking link and phone number.
 * @csspart action - The booking link.
 * @csspart phone - The phone number's `tel:` link.
 *
 * @fires {CustomEvent<{ element: string; href: string }>} clinic-cta-click - When the reader follows the booking link. Bubbles and crosses shadow roots; carries nothing about the reader.
 */
export class ClinicBookingCta extends ClinicElement {
  static override get observedAttributes(): string[] {
    return [
      ...super.observedAttributes,
      'heading-level',
      'href',
      'heading',
      'label',
      'locations',
      'phone',
      'accepting',
    ];
  }

  protected renderBlock() {
    const href = this.linkAttribute('href', 'the card is shown without a link', 'the booking URL');
    return {
      block: createElement(BookingCta, {
        href: href ?? '',
        heading: this.attribute('heading'),
        label: this.attribute('label'),
        locations: splitLocations(this.attribute('locations')),
        phone: checkPhone(this.attribute('phone'), 'phone', this.report)?.text,
        accepting: this.hasAttribute('accepting'),
        headingLevel: this.headingLevel,
        locale: this.locale,
        children: this.textContent?.trim() ? this.content(this.childNodes) : undefined,
        onCtaClick: (detail) => this.dispatchCtaClick(detail),
      }),
    };
  }
}
