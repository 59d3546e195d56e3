import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, expectNoAxeViolations } from './axe';

afterEach(() => {
  document.body.replaceChildren();
});

function mount(html: string): HTMLElement {
  const container = document.createElement('main');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

describe('axe-core helper in real Chromium', () => {
  it('passes accessible markup', async () => {
    const container = mount('<h1>Sessions</h1><a href="/book">Book a session</a>');
    await expect(expectNoAxeViolations(container)).resolves.toBeUndefined();
  });

  it('fails on a real violation and names the rule and the element', async () => {
    const container = mount(
      '<p style="color:#aaa;background:#fff">Faint text</p><img src="x.png">',
    );
    const ids = (await axeViolations(container)).map((violation) => violation.id).sort();
    expect(ids).toEqual(['color-contrast', 'image-alt']);
    await expect(expectNoAxeViolations(container)).rejects.toThrow(
      /image-alt \(critical\)[\s\S]*img/,
    );
  });
});
