import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { convertNodes, textOf } from './lightDom';

function convert(html: string, options = {}) {
  const source = document.createElement('div');
  source.innerHTML = html;
  const target = document.createElement('div');
  // Rendered by Preact, which the bundle ships behind React's names.
  render(convertNodes(source.childNodes, options), target);
  return target.innerHTML;
}

describe('convertNodes: light DOM to block content', () => {
  it('keeps text, links with safe URLs and emphasis, without their other attributes', () => {
    expect(
      convert(
        'Read <a href="/care" class="x" onclick="alert(1)">our <em>guide</em></a> <strong>now</strong>.',
      ),
    ).toBe('Read <a href="/care">our <em>guide</em></a> <strong>now</strong>.');
  });

  it('turns every other element into its text, and drops scripts and styles entirely', () => {
    expect(
      convert(
        '<div class="y"><span>One</span> <img src=x onerror="alert(1)"><script>alert(1)</script><style>p{}</style>two</div>',
      ),
    ).toBe('One two');
  });

  it('never makes javascript:, data: or vbscript: links, and reports them', () => {
    const onUnsafeLink = vi.fn();
    expect(
      convert(
        '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="data:text/html,x">c</a><a href="vbscript:x">d</a>',
        { onUnsafeLink },
      ),
    ).toBe('abcd');
    expect(onUnsafeLink).toHaveBeenCalledTimes(4);
  });

  it('keeps paragraphs and lists only when asked to (longer answers)', () => {
    const html = '<p>First</p><ul><li>one</li></ul>';
    expect(convert(html)).toBe('Firstone');
    expect(convert(html, { blocks: true })).toBe('<p>First</p><ul><li>one</li></ul>');
  });

  it('reads text with whitespace folded', () => {
    const element = document.createElement('p');
    element.innerHTML = '  Is it\n   <em>private</em>? ';
    expect(textOf(element)).toBe('Is it private?');
  });
});
