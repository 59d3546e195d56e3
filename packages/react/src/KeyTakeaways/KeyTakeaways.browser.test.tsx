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
});
