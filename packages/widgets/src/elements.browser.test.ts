import { expectNoAxeViolations } from '@clinic-ui/testing/axe';
import { builtInThemes, type BuiltInThemeName } from '@clinic-ui/tokens';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { defineClinicElements, type ClinicElementApi } from './index';

let warned: string[] = [];

beforeEach(() => {
  warned = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    warned.push(String(message));
  });
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

/** Adds markup to the page and waits until its elements have rendered. */
async function mount(html: string): Promise<HTMLElement> {
  const container = document.createElement('main');
  container.innerHTML = html;
  document.body.append(container);
  await updated(container);
  return container;
}

/** Waits for the pending render of `element`, or of every Clinic UI element inside it. */
async function updated(element: Element): Promise<void> {
  const elements = element.localName.startsWith('clinic-')
    ? [element]
    : [...element.querySelectorAll('*')].filter((node) => node.localName.startsWith('clinic-'));
  expect(elements.length, 'Clinic UI elements to wait for').toBeGreaterThan(0);
  for (const clinic of elements)
    expect(await (clinic as ClinicElementApi).updateComplete).toBe(true);
}

const shadowOf = (element: Element | null) => element!.shadowRoot!;
const rendered = (element: Element | null) => shadowOf(element).querySelector('[part="block"]')!;
const warnings = () => warned;

const takeaways = `
  <clinic-key-takeaways>
    <ul>
      <li>Sleep and routine <em>matter</em>.</li>
      <li>See <a href="/care">our care guide</a>.</li>
      <li>Ask your clinician.</li>
    </ul>
  </clinic-key-takeaways>`;

/** A theme colour as getComputedStyle reports it. */
function computedColour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('the theme attribute: dark, and auto following prefers-color-scheme', () => {
  const emulate = (scheme: 'light' | 'dark') =>
    cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: scheme }],
    });
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  /** The card's background and text, the accepting-patients status and the focus ring's colour. */
  async function colours(theme: string) {
    const page = await mount(`
      <clinic-key-takeaways theme="${theme}">${takeaways.replace(/<\/?clinic-key-takeaways>/g, '')}</clinic-key-takeaways>
      <clinic-booking-cta theme="${theme}" href="/book" accepting></clinic-booking-cta>`);
    const card = shadowOf(page.querySelector('clinic-key-takeaways')).querySelector(
      '[part="root"]',
    )!;
    const status = shadowOf(page.querySelector('clinic-booking-cta')).querySelector(
      '[part="status"]',
    )!;
    return {
      surface: getComputedStyle(card).backgroundColor,
      text: getComputedStyle(card.querySelector('li')!).color,
      success: getComputedStyle(status).color,
    };
  }
  const expected = (name: BuiltInThemeName) => ({
    surface: computedColour(builtInThemes[name].color.surfaceRaised),
    text: computedColour(builtInThemes[name].color.text),
    success: computedColour(builtInThemes[name].color.success),
  });

  it('theme="dark" draws the dark colours, whatever the colour scheme', async () => {
    await emulate('light');
    expect(await colours('dark')).toEqual(expected('dark'));
    expect(warnings()).toEqual([]);
  });

  it.each([
    ['light', 'calm'],
    ['dark', 'dark'],
  ] as const)('theme="auto" in %s mode draws %s', async (scheme, theme) => {
    await emulate(scheme);
    expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).toBe(true);
    expect(await colours('auto')).toEqual(expected(theme));
    expect(warnings()).toEqual([]);
  });

  it('theme="auto" follows a change of scheme without re-rendering', async () => {
    await emulate('light');
    const page = await mount(
      `<clinic-quiz-cta theme="auto" condition="ADHD" href="/q"></clinic-quiz-cta>`,
    );
    const link = shadowOf(page.querySelector('clinic-quiz-cta')).querySelector('a')!;
    expect(getComputedStyle(link).backgroundColor).toBe(
      computedColour(builtInThemes.calm.color.brand),
    );
    await emulate('dark');
    expect(getComputedStyle(link).backgroundColor).toBe(
      computedColour(builtInThemes.dark.color.brand),
    );
  });

  it('a theme attribute wins over variables the page sets above the element', async () => {
    await emulate('dark');
    const page = await mount(
      takeaways.replace('<clinic-key-takeaways>', '<clinic-key-takeaways theme="auto">'),
    );
    page.style.setProperty('--clinic-color-surface-raised', 'rgb(4, 5, 6)');
    const card = shadowOf(page.querySelector('clinic-key-takeaways')).querySelector(
      '[part="root"]',
    )!;
    expect(getComputedStyle(card).backgroundColor).toBe(
      computedColour(builtInThemes.dark.color.surfaceRaised),
    );
    await emulate('light');
    expect(getComputedStyle(card).backgroundColor).toBe(
      computedColour(builtInThemes.calm.color.surfaceRaised),
    );
  });

  it.each(['dark', 'auto'])(
    'theme="%s" in dark mode passes axe-core, colour contrast included',
    async (theme) => {
      await emulate('dark');
      const page = await mount(`
      <clinic-key-takeaways theme="${theme}">${takeaways.replace(/<\/?clinic-key-takeaways>/g, '')}</clinic-key-takeaways>
      <clinic-booking-cta theme="${theme}" href="/book" accepting locations="Fernhollow Eastside" phone="555 010 0199"></clinic-booking-cta>
      <clinic-quiz-cta theme="${theme}" condition="ADHD" href="/q"></clinic-quiz-cta>`);
      page.style.background = computedColour(builtInThemes.dark.color.surface);
      await expectNoAxeViolations(page);
    },
  );
});

describe('elements render their block in an open shadow root', () => {
  it('takes light-DOM points, keeps links and emphasis, and styles them from the theme', async () => {
    const page = await mount(takeaways);
    const element = page.querySelector('clinic-key-takeaways');
    const shadow = shadowOf(element);
    expect(shadow.querySelector('h2')?.textContent).toBe('Key takeaways');
    expect([...shadow.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Sleep and routine matter.',
      'See our care guide.',
      'Ask your clinician.',
    ]);
    expect(shadow.querySelector('em')?.textContent).toBe('matter');
    expect(shadow.querySelector('a')?.getAttribute('href')).toBe('/care');
    // The shared stylesheet is adopted, not injected: no <style> in the shadow root, none added
    // to the page, and no style attributes.
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect(shadow.querySelectorAll('style, [style]')).toHaveLength(0);
    const pageStyles = [...document.querySelectorAll('style')].map((style) => style.textContent);
    expect(pageStyles.some((css) => css?.includes('clinic'))).toBe(false);
    const heading = getComputedStyle(shadow.querySelector('h2')!);
    expect(heading.color).toBe('rgb(28, 38, 48)'); // calm text
    // The light DOM stays in place for crawlers and readers without JavaScript.
    expect(element!.querySelectorAll(':scope > ul > li')).toHaveLength(3);
  });

  it('applies a built-in theme from the theme attribute, and page CSS variables override it', async () => {
    const page = await mount(
      `<clinic-key-takeaways theme="warm">${takeaways.replace(/<\/?clinic-key-takeaways>/g, '')}</clinic-key-takeaways>`,
    );
    const element = page.querySelector('clinic-key-takeaways')!;
    const card = shadowOf(element).querySelector('[part="root"]')!;
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(248, 239, 230)'); // warm surfaceRaised
    element.style.setProperty('--clinic-color-surface-raised', 'rgb(1, 2, 3)');
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(1, 2, 3)');
  });

  it('lets --clinic-* variables set anywhere above the element win over the default theme', async () => {
    const page = await mount(takeaways);
    page.style.setProperty('--clinic-color-surface-raised', 'rgb(4, 5, 6)');
    const card = shadowOf(page.querySelector('clinic-key-takeaways')).querySelector(
      '[part="root"]',
    )!;
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(4, 5, 6)');
  });

  it('is not broken by hostile page CSS', async () => {
    const hostile = document.createElement('style');
    hostile.textContent =
      'main * { letter-spacing: 1em; text-transform: uppercase; font-family: monospace; } li { display: inline; color: red }';
    document.head.append(hostile);
    try {
      const page = await mount(takeaways);
      const item = shadowOf(page.querySelector('clinic-key-takeaways')).querySelector('li')!;
      const style = getComputedStyle(item);
      expect(style.display).toBe('list-item');
      expect(style.textTransform).toBe('none');
      expect(style.letterSpacing).toBe('normal');
      expect(style.color).toBe('rgb(28, 38, 48)');
    } finally {
      hostile.remove();
    }
  });

  it('follows the nearest lang for built-in strings', async () => {
    document.documentElement.setAttribute('lang', 'es');
    const page = await mount(takeaways);
    expect(
      shadowOf(page.querySelector('clinic-key-takeaways')).querySelector('h2')?.textContent,
    ).toBe('Puntos clave');
  });
});

describe('content mapping', () => {
  it('names the criteria column from the first header cell, and takes the FAQ heading', async () => {
    const page = await mount(`
      <clinic-comparison-table><table><caption>Care options</caption>
        <tr><th>What to compare</th><th>Medication</th><th>Therapy</th></tr>
        <tr><th>Time to benefit</th><td>Weeks</td><td>Months</td></tr></table></clinic-comparison-table>
      <clinic-faq heading="Questions about visits"><details><summary>Is it private?</summary>Yes.</details></clinic-faq>`);
    const table = shadowOf(page.querySelector('clinic-comparison-table'));
    expect(table.querySelector('[part="criterion-header"]')?.textContent).toBe('What to compare');
    const faq = shadowOf(page.querySelector('clinic-faq'));
    expect(faq.querySelector('h2')?.textContent).toBe('Questions about visits');
  });

  it('stretches a card to fill its host when the page lays hosts out in a grid', async () => {
    const page = await mount(`
      <div class="row">
        <clinic-quiz-cta condition="ADHD" href="/a">A short text.</clinic-quiz-cta>
        <clinic-quiz-cta condition="anxiety" href="/b">A much longer text that wraps over several lines in a narrow card, so this card is taller than the other.</clinic-quiz-cta>
      </div>`);
    const row = page.querySelector<HTMLElement>('.row')!;
    row.style.display = 'grid';
    row.style.gridTemplateColumns = '1fr 1fr';
    row.style.inlineSize = '520px';
    const cards = [...page.querySelectorAll('clinic-quiz-cta')].map(
      (element) =>
        shadowOf(element).querySelector('[part~="root"]')!.getBoundingClientRect().height,
    );
    expect(cards[0]).toBeGreaterThan(0);
    expect(cards[0]).toBe(cards[1]);
  });
});

describe('lifecycle', () => {
  it('re-renders on attribute changes and light-DOM mutations', async () => {
    const page = await mount(takeaways);
    const element = page.querySelector('clinic-key-takeaways')!;
    element.setAttribute('heading', 'In short');
    element.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li>A fourth point.</li>');
    await updated(element);
    const shadow = shadowOf(element);
    expect(shadow.querySelector('h2')?.textContent).toBe('In short');
    expect(shadow.querySelectorAll('li')).toHaveLength(4);
  });

  it('works when created with document.createElement, moved, removed and added again', async () => {
    const element = document.createElement('clinic-quiz-cta');
    element.setAttribute('condition', 'ADHD');
    element.setAttribute('href', '/quiz/adhd');
    const first = document.createElement('section');
    const second = document.createElement('section');
    document.body.append(first, second);
    first.append(element);
    await updated(element);
    expect(shadowOf(element).querySelector('a')?.getAttribute('href')).toBe('/quiz/adhd');
    second.append(element);
    await updated(element);
    expect(shadowOf(element).querySelector('a')?.getAttribute('href')).toBe('/quiz/adhd');
    element.remove();
    await updated(element);
    expect(rendered(element).childElementCount).toBe(0); // unmounted
    document.body.append(element);
    await updated(element);
    expect(shadowOf(element).querySelector('h2, h3')?.textContent).toContain('ADHD');
  });

  it('settles updateComplete after the render a change queued, with no timer', async () => {
    const page = await mount(takeaways);
    const element = page.querySelector('clinic-key-takeaways')!;
    const heading = () => shadowOf(element).querySelector('h2')?.textContent;
    element.setAttribute('heading', 'Before the render');
    // Rendering is batched into a microtask: nothing has changed yet...
    expect(heading()).toBe('Key takeaways');
    // ...and awaiting updateComplete is exactly enough.
    await expect(element.updateComplete).resolves.toBe(true);
    expect(heading()).toBe('Before the render');
    // With nothing pending it is already settled.
    await expect(element.updateComplete).resolves.toBe(true);
  });

  it('is harmless to define twice (the script included twice)', () => {
    expect(() => defineClinicElements()).not.toThrow();
    expect(customElements.get('clinic-faq')).toBeDefined();
  });
});

describe('quiz group', () => {
  it('lays its quiz cards out side by side as one labelled list, one item per card', async () => {
    const page = await mount(`
      <div style="inline-size: 900px">
        <clinic-quiz-cta-group>
          <clinic-quiz-cta condition="ADHD" href="/q/adhd"></clinic-quiz-cta>
          <clinic-quiz-cta condition="anxiety" href="/q/anxiety"></clinic-quiz-cta>
          <clinic-quiz-cta condition="depression" href="/q/mood"></clinic-quiz-cta>
        </clinic-quiz-cta-group>
      </div>`);
    const group = page.querySelector('clinic-quiz-cta-group')!;
    const list = shadowOf(group).querySelector('[part~="root"]')!;
    expect(list.getAttribute('role')).toBe('list');
    expect(list.getAttribute('aria-label')).toBe('Self-screening quizzes');
    const items = [...list.querySelectorAll('[part~="item"]')];
    expect(items).toHaveLength(3);
    const cards = [...group.querySelectorAll('clinic-quiz-cta')];
    // Each card is shown in its own list item...
    expect(items.map((item) => item.querySelector('slot')!.assignedElements()[0])).toEqual(cards);
    // ...and the three sit in one row at this width, equally tall.
    const boxes = cards.map((card) => card.getBoundingClientRect());
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
    expect(new Set(boxes.map((box) => Math.round(box.height))).size).toBe(1);
    expect(warnings()).toEqual([]);
  });

  it('stacks the cards in one column on a narrow screen, and reports a group with no cards', async () => {
    const page = await mount(`
      <div style="inline-size: 300px">
        <clinic-quiz-cta-group>
          <clinic-quiz-cta condition="ADHD" href="/q/adhd"></clinic-quiz-cta>
          <clinic-quiz-cta condition="anxiety" href="/q/anxiety"></clinic-quiz-cta>
        </clinic-quiz-cta-group>
      </div>
      <clinic-quiz-cta-group><p>No quizzes yet.</p></clinic-quiz-cta-group>`);
    const [first, second] = [...page.querySelectorAll('clinic-quiz-cta')].map((card) =>
      card.getBoundingClientRect(),
    );
    expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
    expect(page.querySelector('p')!.checkVisibility()).toBe(true);
    expect(warnings()).toEqual([
      '[clinic-ui] <clinic-quiz-cta-group>: needs one or more <clinic-quiz-cta> cards; showing its content as it is.',
    ]);
  });
});

describe('calls to action', () => {
  it('dispatch clinic-cta-click, bubbling out of the shadow root, with non-identifying detail', async () => {
    const page = await mount(
      '<clinic-quiz-cta condition="anxiety" href="#quiz"></clinic-quiz-cta><clinic-booking-cta href="#book" accepting></clinic-booking-cta>',
    );
    const events: CustomEvent[] = [];
    document.addEventListener('clinic-cta-click', (event) => events.push(event as CustomEvent));
    (shadowOf(page.querySelector('clinic-quiz-cta')).querySelector('a') as HTMLElement).click();
    (
      shadowOf(page.querySelector('clinic-booking-cta')).querySelector(
        'a[href="#book"]',
      ) as HTMLElement
    ).click();
    expect(events.map((event): unknown => event.detail)).toEqual([
      { element: 'clinic-quiz-cta', href: '#quiz', condition: 'anxiety' },
      { element: 'clinic-booking-cta', href: '#book' },
    ]);
    expect(events.every((event) => event.bubbles && event.composed)).toBe(true);
  });
});

describe('bad input: one message naming the element, and the content stays visible', () => {
  it('shows the light DOM when there is no list', async () => {
    const page = await mount(
      '<clinic-key-takeaways><p>Just a paragraph.</p></clinic-key-takeaways>',
    );
    const element = page.querySelector('clinic-key-takeaways')!;
    expect(rendered(element).hasAttribute('hidden')).toBe(true);
    expect(element.querySelector('p')!.checkVisibility()).toBe(true);
    expect(warnings()).toEqual([
      '[clinic-ui] <clinic-key-takeaways>: needs one <ul> or <ol> of <li> points; showing its content as it is.',
    ]);
  });

  it('reports an unknown theme once, however often it renders', async () => {
    const page = await mount('<clinic-quiz-cta theme="neon" href="/q"></clinic-quiz-cta>');
    page.querySelector('clinic-quiz-cta')!.setAttribute('label', 'Start');
    await updated(page);
    expect(warnings().filter((message) => message.includes('neon'))).toEqual([
      '[clinic-ui] <clinic-quiz-cta>: theme "neon" is not a built-in theme (calm, warm, dark, auto); using the default.',
    ]);
  });

  it('sends each console message as a clinic-problem event too, word for word, once', async () => {
    const heard: string[] = [];
    const listen = (event: HTMLElementEventMap['clinic-problem']) =>
      heard.push(event.detail.message);
    document.body.addEventListener('clinic-problem', listen);
    try {
      const page = await mount(
        '<clinic-byline author-name="Jonah Pike" published="2026-02-30" read-minutes="six"></clinic-byline>',
      );
      page.querySelector('clinic-byline')!.setAttribute('author-credentials', 'LCSW');
      await updated(page);
    } finally {
      document.body.removeEventListener('clinic-problem', listen);
    }
    expect(heard.length).toBe(2);
    expect(heard).toEqual(warnings());
  });

  it('never turns an unsafe link into an href, and copies nothing that could run', async () => {
    const page = await mount(`
      <clinic-quiz-cta href="javascript:alert(1)" condition="ADHD"></clinic-quiz-cta>
      <clinic-key-takeaways><ul><li><a href="data:text/html,hi">x</a><img src="none" onerror="window.ran = true"></li></ul></clinic-key-takeaways>`);
    const hrefs = [...page.querySelectorAll('clinic-quiz-cta, clinic-key-takeaways')].flatMap(
      (element) =>
        [...shadowOf(element).querySelectorAll('[href]')].map((link) => link.getAttribute('href')),
    );
    expect(hrefs).toEqual([]);
    const copy = shadowOf(page.querySelector('clinic-key-takeaways'));
    expect(copy.querySelectorAll('img, script, iframe, object')).toHaveLength(0);
    const handlers = [...copy.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes].filter((attribute) => attribute.name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect(warnings()).toContain(
      '[clinic-ui] <clinic-quiz-cta>: href "javascript:alert(1)" is not a safe link (allowed: http, https, mailto, tel or relative URLs); the card is shown without a link.',
    );
  });

  it('falls back from malformed JSON to the table, and says so', async () => {
    const page = await mount(`
      <clinic-comparison-table>
        <script type="application/json">{ "caption": "Care", </script>
        <table><caption>Care options</caption>
          <tr><th>Criterion</th><th>Medication</th><th data-highlight>Combined</th></tr>
          <tr><th>Time to benefit</th><td>Weeks</td><td>Weeks to months</td></tr>
        </table>
      </clinic-comparison-table>`);
    const shadow = shadowOf(page.querySelector('clinic-comparison-table'));
    expect(shadow.querySelector('caption')?.textContent).toBe('Care options');
    expect(shadow.querySelector('[part~="badge"]')).not.toBeNull();
    expect(
      warnings().some((message) =>
        message.startsWith('[clinic-ui] <clinic-comparison-table>: its JSON data is malformed'),
      ),
    ).toBe(true);
  });
});

describe('input rules shared with the React blocks', () => {
  it('reports an impossible date and a bad read time, and the byline shows neither', async () => {
    const page = await mount(
      '<clinic-byline author-name="Rowan Ellery" published="2026-02-30" reviewed="2026-03-01" read-minutes="soon"></clinic-byline>',
    );
    const shadow = shadowOf(page.querySelector('clinic-byline'));
    expect(shadow.querySelector('[part~="published"]')).toBeNull();
    expect(shadow.querySelector('[part~="reviewed"] time')?.getAttribute('datetime')).toBe(
      '2026-03-01',
    );
    expect(shadow.querySelector('[part~="read-time"]')).toBeNull();
    expect(warnings()).toEqual([
      '[clinic-ui] <clinic-byline>: published "2026-02-30" is not a real date in YYYY-MM-DD form; it is not shown.',
      '[clinic-ui] <clinic-byline>: read-minutes "soon" is not a positive whole number of minutes; it is not shown.',
    ]);
  });

  it('reports an unusable phone number instead of dropping it silently', async () => {
    const page = await mount(
      '<clinic-booking-cta href="/book" phone="call us today" locations="Harbor Street; ;Online"></clinic-booking-cta>',
    );
    const shadow = shadowOf(page.querySelector('clinic-booking-cta'));
    expect(shadow.querySelector('a[href^="tel:"]')).toBeNull();
    expect([...shadow.querySelectorAll('[part~="location"]')].map((li) => li.textContent)).toEqual([
      'Harbor Street',
      'Online',
    ]);
    expect(warnings()).toEqual([
      '[clinic-ui] <clinic-booking-cta>: phone "call us today" may hold only digits, spaces, +, -, parentheses and dots; it is not shown.',
    ]);
  });
});

describe('structured data', () => {
  it('is published once in the light DOM, and re-rendering never duplicates it', async () => {
    const page = await mount(`
      <clinic-faq structured-data>
        <details><summary>Is my visit private?</summary><p>Yes. We never share it.</p></details>
        <details open><summary>Do you take insurance?</summary>Most plans.</details>
      </clinic-faq>`);
    const element = page.querySelector('clinic-faq')!;
    element
      .querySelector('details')!
      .insertAdjacentHTML('afterend', '<details><summary>Late?</summary>Call us.</details>');
    await updated(element);
    const scripts = element.querySelectorAll(':scope > script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent ?? '') as {
      '@type': string;
      mainEntity: { name: string }[];
    };
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((question) => question.name)).toEqual([
      'Is my visit private?',
      'Late?',
      'Do you take insurance?',
    ]);
    expect(shadowOf(element).querySelectorAll('script')).toHaveLength(0);
  });
});

describe('accessibility', () => {
  it('has no axe-core violations with all six elements on a page', async () => {
    await mount(`
      <h1>Care options</h1>
      <clinic-byline author-name="Mara Quell" author-credentials="MD" published="2026-03-04" reviewed="2026-04-01" read-minutes="4"></clinic-byline>
      ${takeaways}
      <clinic-comparison-table><table><caption>Care options</caption>
        <tr><th>Criterion</th><th>Medication</th><th data-highlight>Combined</th></tr>
        <tr><th>Time to benefit</th><td>Weeks</td><td>Weeks to months</td></tr></table></clinic-comparison-table>
      <clinic-quiz-cta condition="ADHD" href="/quiz"></clinic-quiz-cta>
      <clinic-booking-cta href="/book" locations="North; South" phone="+1 555 0100" accepting></clinic-booking-cta>
      <clinic-faq><details><summary>Is it private?</summary>Yes.</details></clinic-faq>`);
    await expectNoAxeViolations(document.body);
  });
});
