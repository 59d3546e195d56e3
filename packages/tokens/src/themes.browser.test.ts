import { expectNoAxeViolations } from '@clinic-ui/testing/axe';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { contrastPairs } from './contrast';
import { cssVariableName, tokenPaths } from './contract';
import './themes.css';
import { autoThemeName, builtInThemes, themeAttribute, themeClassName } from './themes/index';

const variables = tokenPaths().map((path) => ({ path, name: `--${cssVariableName(path)}` }));
const valueOf = (theme: (typeof builtInThemes)['calm'], [group, token]: [string, string]) =>
  (theme as unknown as Record<string, Record<string, string>>)[group]![token]!;

// The stylesheet text as the page received it, for adopting into shadow roots.
function tokensCss(): string {
  return [...document.querySelectorAll('style')]
    .map((style) => style.textContent ?? '')
    .filter((css) => css.includes('--clinic-color-brand'))
    .join('\n');
}

afterEach(() => {
  document.body.replaceChildren();
});

// Browsers normalise computed values (for example, spaces in font stacks), so compare both sides
// through the same engine: a probe element given the expected value directly.
function normalised(name: string, value: string): string {
  const probe = document.createElement('div');
  probe.style.setProperty(name, value);
  document.body.append(probe);
  const result = getComputedStyle(probe).getPropertyValue(name).trim();
  probe.remove();
  return result;
}

describe('theme stylesheet in real Chromium', () => {
  it('defines every contract variable with calm values on :root', () => {
    const root = getComputedStyle(document.documentElement);
    for (const { path, name } of variables) {
      expect(root.getPropertyValue(name).trim(), name).toBe(
        normalised(name, valueOf(builtInThemes.calm, path)),
      );
    }
  });

  it.each([
    ['class', (el: HTMLElement) => el.classList.add(themeClassName('warm'))],
    ['attribute', (el: HTMLElement) => el.setAttribute(themeAttribute, 'warm')],
  ])('applies warm to any container by %s, and every variable changes with it', (_how, apply) => {
    const container = document.createElement('section');
    const child = document.createElement('p');
    container.append(child);
    document.body.append(container);
    apply(container);
    const style = getComputedStyle(child);
    for (const { path, name } of variables) {
      expect(style.getPropertyValue(name).trim(), name).toBe(
        normalised(name, valueOf(builtInThemes.warm, path)),
      );
    }
  });

  it('resolves the defaults inside a shadow root that adopts the sheet (the :host rule)', () => {
    const host = document.createElement('div');
    // An ancestor theme must not leak in: the shadow root's own :host defaults apply.
    const outer = document.createElement('div');
    outer.setAttribute(themeAttribute, 'warm');
    outer.append(host);
    document.body.append(outer);
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tokensCss());
    shadow.adoptedStyleSheets = [sheet];
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(getComputedStyle(inner).getPropertyValue('--clinic-color-brand').trim()).toBe(
      builtInThemes.calm.color.brand,
    );
  });

  it.each(Object.keys(builtInThemes))(
    'axe-core measures every declared text pair of %s as AA',
    async (name) => {
      const container = document.createElement('main');
      container.setAttribute(themeAttribute, name);
      for (const pair of contrastPairs.filter((p) => p.minimum >= 4.5)) {
        const sample = document.createElement('p');
        sample.textContent = `${pair.foreground} on ${pair.background}`;
        sample.style.color = `var(--${cssVariableName(['color', pair.foreground])})`;
        sample.style.background = `var(--${cssVariableName(['color', pair.background])})`;
        sample.style.fontSize = '14px';
        container.append(sample);
      }
      document.body.append(container);
      await expectNoAxeViolations(container, { runOnly: ['color-contrast'] });
    },
  );
});

describe('auto follows prefers-color-scheme (real Chromium, emulated scheme)', () => {
  const emulate = (scheme: 'light' | 'dark') =>
    cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: scheme }],
    });
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  const applyAuto = [
    ['class', (el: HTMLElement) => el.classList.add(themeClassName(autoThemeName))],
    ['attribute', (el: HTMLElement) => el.setAttribute(themeAttribute, autoThemeName)],
  ] as const;

  it.each(
    applyAuto.flatMap(([how, apply]) =>
      (['light', 'dark'] as const).map((scheme) => [how, scheme, apply] as const),
    ),
  )('by %s, in %s mode', async (_how, scheme, apply) => {
    await emulate(scheme);
    expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).toBe(true);
    // Inside a warm container, so that auto visibly replaces an inherited theme.
    const outer = document.createElement('div');
    outer.setAttribute(themeAttribute, 'warm');
    const container = document.createElement('section');
    const child = document.createElement('p');
    container.append(child);
    outer.append(container);
    document.body.append(outer);
    apply(container);
    const expected = builtInThemes[scheme === 'dark' ? 'dark' : 'calm'];
    const style = getComputedStyle(child);
    for (const { path, name } of variables) {
      expect(style.getPropertyValue(name).trim(), name).toBe(
        normalised(name, valueOf(expected, path)),
      );
    }
  });

  it('switches live when the reader changes the scheme', async () => {
    await emulate('light');
    const container = document.createElement('section');
    container.className = themeClassName(autoThemeName);
    container.style.background = 'var(--clinic-color-surface)';
    document.body.append(container);
    expect(getComputedStyle(container).backgroundColor).toBe('rgb(255, 255, 255)');
    await emulate('dark');
    expect(getComputedStyle(container).backgroundColor).toBe(
      normalisedColour(builtInThemes.dark.color.surface),
    );
  });
});

function normalisedColour(value: string): string {
  const probe = document.createElement('div');
  probe.style.color = value;
  document.body.append(probe);
  const result = getComputedStyle(probe).color;
  probe.remove();
  return result;
}
