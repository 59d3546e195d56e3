import '@clinic-ui/tokens/styles.css';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { KeyTakeaways } from './KeyTakeaways';

describe('KeyTakeaways in Chromium', () => {
  it('styles links inside points in the brand colour, underlined, with a focus ring', async () => {
    render(
      <div data-clinic-theme="warm">
        <KeyTakeaways
          points={[
            <>
              Read <a href="/care">our care guide</a>.
            </>,
          ]}
        />
      </div>,
    );
    const link = screen.getByRole('link', { name: 'our care guide' });
    const style = getComputedStyle(link);
    expect(style.color).toBe('rgb(140, 59, 34)'); // warm brand
    expect(style.textDecorationLine).toBe('underline');
    await userEvent.tab();
    expect(document.activeElement).toBe(link);
    expect(getComputedStyle(link).outlineStyle).toBe('solid');
  });

  it('sizes in rem, so an app that changes its root font size scales the block with it', () => {
    // Unlike the widgets (which ignore the host page's root), React apps own their root.
    const root = document.documentElement;
    try {
      root.style.fontSize = '62.5%';
      render(<KeyTakeaways points={['Rest helps.']} />);
      const heading = screen.getByRole('heading', { name: 'Key takeaways' });
      expect(getComputedStyle(heading).fontSize).toBe('13.75px'); // 1.375rem of 10px
      root.style.fontSize = '20px';
      expect(getComputedStyle(heading).fontSize).toBe('27.5px');
    } finally {
      root.style.removeProperty('font-size');
    }
  });
});
