// <clinic-screener> in Chromium: the adapter reads the clinic's pasted form, refuses one that does
// not match its profile (the form stays visible), and hands the React Screener what it needs.
// Sample wording only (written by the team, never an instrument's).
import { expectNoAxeViolations } from '@clinic-ui/testing/axe';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineClinicScreener } from './screener';
import type { ClinicCtaClickDetail, ClinicElementApi } from './types';

let warned: string[] = [];

beforeEach(() => {
  warned = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    warned.push(String(message));
  });
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** A sample form of `count` items in the pasted shape, options valued 0-3. */
function sampleForm(
  count: number,
  { notice = true, values = ['0', '1', '2', '3'], intro = true } = {},
): string {
  const items = Array.from(
    { length: count },
    (_, index) => `
    <fieldset>
      <legend>Sample question ${index + 1}: the official wording goes here.</legend>
      ${values
        .map(
          (value, option) =>
            `<label><input type="radio" name="q${index + 1}" value="${value}"> Sample answer ${option}</label>`,
        )
        .join('')}
    </fieldset>`,
  ).join('');
  return `<form>
    ${intro ? '<p>Sample stem: over the last while, how often…</p>' : ''}
    ${items}
    <button type="submit">Send</button>
    ${notice ? '<p>Sample notice: the developers’ notice goes here, unchanged.</p>' : ''}
  </form>`;
}

async function mount(html: string): Promise<ClinicElementApi> {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  const element = main.querySelector<ClinicElementApi>('clinic-screener')!;
  expect(await element.updateComplete).toBe(true);
  return element;
}

const shadow = (element: Element) => element.shadowRoot!;
const block = (element: Element) => shadow(element).querySelector<HTMLElement>('[part="block"]')!;
const radios = (element: Element) => [
  ...shadow(element).querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];

/** Picks `answers[i]` for item i (all items on one page) and submits. */
async function answer(element: ClinicElementApi, answers: number[]) {
  const fieldsets = [...shadow(element).querySelectorAll('fieldset')];
  for (const [index, value] of answers.entries())
    await userEvent.click(fieldsets[index]!.querySelectorAll('input')[value]!);
  await userEvent.click(shadow(element).querySelector('[part="submit"]')!);
  await element.updateComplete;
}

describe('<clinic-screener>', () => {
  it('defines itself once, however often its script runs', () => {
    expect(defineClinicScreener()).toBe(true);
    expect(defineClinicScreener()).toBe(true);
    expect(customElements.get('clinic-screener')).toBeDefined();
  });

  it('renders the pasted items, options, intro and notice, and supplies its own submit button', async () => {
    const element = await mount(
      `<clinic-screener instrument="phq-2" heading="Sample check-in">${sampleForm(2)}</clinic-screener>`,
    );
    const root = block(element);
    expect(root.hidden).toBe(false);
    expect(root.querySelector('h2')!.textContent).toBe('Sample check-in');
    const legends = [...root.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).toEqual([
      '1. Sample question 1: the official wording goes here.',
      '2. Sample question 2: the official wording goes here.',
    ]);
    expect(radios(element).map((radio) => radio.value)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '0',
      '1',
      '2',
      '3',
    ]);
    expect(root.textContent).toContain('Sample answer 3');
    expect(root.textContent).toContain('Sample stem: over the last while');
    expect(root.textContent).toContain(
      'Your answers stay on this device and are not sent anywhere.',
    );
    expect(root.querySelector('form')!.lastElementChild!.textContent).toContain('Sample notice');
    expect(root.querySelector('[part="submit"]')!.textContent).toBe('See my result');
    expect(warned).toEqual([]);
    await expectNoAxeViolations(main());
  });

  it('scores in the page: total, band, crisis lines, and a booking hand-off whose event carries only the link', async () => {
    const element = await mount(
      `<clinic-screener instrument="gad-7" booking-href="/book">${sampleForm(7)}</clinic-screener>`,
    );
    const clicks: ClinicCtaClickDetail[] = [];
    document.addEventListener(
      'clinic-cta-click',
      (event) => clicks.push((event as CustomEvent<ClinicCtaClickDetail>).detail),
      {
        once: true,
      },
    );
    await answer(element, [3, 3, 3, 3, 3, 0, 0]);
    const result = shadow(element).querySelector('[part="result"]')!;
    expect(shadow(element).activeElement).toBe(result.querySelector('[part="result-heading"]'));
    expect(result.textContent).toContain('Your score is 15 out of 21.');
    expect(result.textContent).toContain('Result: Severe');
    expect(result.querySelector('[part="crisis"]')).not.toBeNull();
    const booking = result.querySelector<HTMLAnchorElement>('[part="action"]')!;
    booking.addEventListener('click', (event) => event.preventDefault());
    booking.click();
    expect(clicks).toEqual([{ element: 'clinic-screener', href: '/book' }]);
  });

  it('shows the urgent crisis block first when the PHQ-9 self-harm item is not "not at all"', async () => {
    const element = await mount(
      `<clinic-screener instrument="phq-9">${sampleForm(9)}</clinic-screener>`,
    );
    await answer(element, [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const result = shadow(element).querySelector('[part="result"]')!;
    const urgent = result.querySelector('[part~="urgent"]')!;
    expect(urgent).not.toBeNull();
    expect(
      urgent.compareDocumentPosition(result.querySelector('p')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect([...urgent.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(['tel:988', 'sms:988', 'tel:911']),
    );
  });

  it("takes a clinic's own check-in with its bands", async () => {
    const element = await mount(
      `<clinic-screener instrument="custom" bands="0-2:Settled;3-:Worth a chat">${sampleForm(2, { notice: false })}</clinic-screener>`,
    );
    await answer(element, [2, 1]);
    expect(shadow(element).querySelector('[part="result"]')!.textContent).toContain(
      'Result: Worth a chat',
    );
  });

  it.each([
    [
      'an item too few',
      `<clinic-screener instrument="phq-9">${sampleForm(8)}</clinic-screener>`,
      'its form: phq-9 needs 9 scored items (and up to 1 unscored after them); the form has 8.',
    ],
    [
      'options not valued 0-3',
      `<clinic-screener instrument="gad-2">${sampleForm(2, { values: ['1', '2', '3', '4'] })}</clinic-screener>`,
      'item 1 has options valued "1", "2", "3", "4"; it needs one each of 0, 1, 2 and 3.',
    ],
    [
      "no developers' notice",
      `<clinic-screener instrument="gad-2">${sampleForm(2, { notice: false })}</clinic-screener>`,
      "its form needs the developers' notice as its last paragraph",
    ],
    [
      'an unknown instrument',
      `<clinic-screener instrument="phq-8">${sampleForm(8)}</clinic-screener>`,
      'instrument "phq-8" is not one of phq-9, gad-7, phq-2, gad-2, custom.',
    ],
    [
      'custom bands with a gap',
      `<clinic-screener instrument="custom" bands="0-2:Low;4-:High">${sampleForm(2)}</clinic-screener>`,
      'it must start at 3 (no gaps or overlaps)',
    ],
    [
      'no form',
      `<clinic-screener instrument="gad-2"><p>Hello</p></clinic-screener>`,
      'needs the screener pasted as a <form>',
    ],
  ])(
    'refuses a form with %s: one message naming the element, and the pasted form stays visible',
    async (_, html, problem) => {
      const element = await mount(html);
      expect(warned).toHaveLength(1);
      expect(warned[0]).toMatch(/^\[clinic-ui\] <clinic-screener>: /);
      expect(warned[0]).toContain(problem);
      expect(warned[0]).toMatch(/showing its content as it is\.$/);
      expect(block(element).hidden).toBe(true);
      const pasted = element.firstElementChild as HTMLElement;
      expect(pasted.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(pasted.checkVisibility()).toBe(true);
    },
  );

  it("never lets a refused form's native submit put answers in the URL", async () => {
    const element = await mount(
      `<clinic-screener instrument="phq-9">${sampleForm(3)}</clinic-screener>`,
    );
    const before = location.href;
    const form = element.querySelector('form')!;
    form.querySelector('input')!.checked = true;
    const submitted = new SubmitEvent('submit', { cancelable: true });
    form.dispatchEvent(submitted);
    expect(submitted.defaultPrevented).toBe(true);
    expect(location.href).toBe(before);
  });

  it('forgets every answer when it leaves the page', async () => {
    const element = await mount(
      `<clinic-screener instrument="phq-2">${sampleForm(2)}</clinic-screener>`,
    );
    await userEvent.click(radios(element)[2]!);
    expect(radios(element).filter((radio) => radio.checked)).toHaveLength(1);
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    expect(radios(element)).toHaveLength(8);
    expect(radios(element).filter((radio) => radio.checked)).toHaveLength(0);
  });

  it('speaks Spanish under lang="es", and shows the clinic\'s crisis lines for another region', async () => {
    const element = await mount(
      `<div lang="es"><clinic-screener instrument="gad-2" region="MX">${sampleForm(2)}<div slot="crisis"><p>Línea de ejemplo: 800 000 0000</p></div></clinic-screener></div>`,
    );
    expect(block(element).textContent).toContain('Tus respuestas se quedan en este dispositivo');
    await answer(element, [0, 0]);
    const crisis = shadow(element).querySelector('[part="crisis"]')!;
    expect(crisis.textContent).toContain('Línea de ejemplo: 800 000 0000');
    expect(crisis.querySelector('a[href="tel:988"]')).toBeNull();
  });
});

function main(): HTMLElement {
  return document.querySelector('main')!;
}
