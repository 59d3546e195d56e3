import { render } from '@testing-library/react';
import { createRef, type ComponentType, type RefObject } from 'react';
import { describe, expect, it } from 'vitest';
import {
  Accordion,
  BookingCta,
  Byline,
  ComparisonTable,
  Faq,
  KeyTakeaways,
  QuizCta,
  QuizCtaGroup,
  Screener,
} from './index';
import { sampleItems } from './Screener/Screener.fixtures';

// Every block with the least props it needs, and the tag of its root element.
const blocks: [name: string, root: string, render: (props: object) => React.ReactElement][] = [
  ['KeyTakeaways', 'SECTION', (props) => <KeyTakeaways points={['One.']} {...props} />],
  [
    'ComparisonTable',
    'DIV',
    (props) => (
      <ComparisonTable
        caption="Options"
        options={[{ id: 'a', label: 'A' }]}
        criteria={[{ id: 'c', label: 'C', values: { a: 'Yes' } }]}
        {...props}
      />
    ),
  ],
  ['Byline', 'DIV', (props) => <Byline author={{ name: 'Mara Quell' }} {...props} />],
  ['QuizCta', 'DIV', (props) => <QuizCta href="/quiz" {...props} />],
  [
    'QuizCtaGroup',
    'UL',
    (props) => (
      <QuizCtaGroup {...props}>
        <QuizCta href="/quiz" />
      </QuizCtaGroup>
    ),
  ],
  ['BookingCta', 'DIV', (props) => <BookingCta href="/book" {...props} />],
  [
    'Accordion',
    'DIV',
    (props) => <Accordion items={[{ value: 'a', trigger: 'A', content: 'Aa' }]} {...props} />,
  ],
  ['Faq', 'SECTION', (props) => <Faq items={[{ question: 'Q?', answer: 'A.' }]} {...props} />],
  ['Screener', 'DIV', (props) => <Screener instrument="phq-2" items={sampleItems(2)} {...props} />],
];

describe.each(blocks)('%s', (_name, tag, element) => {
  it('forwards its ref to its root element', () => {
    const ref: RefObject<HTMLElement | null> = createRef();
    const { container } = render(element({ ref }));
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.tagName).toBe(tag);
    expect(ref.current?.getAttribute('part')).toBe('root');
  });

  it('passes className, style, id, data-* and aria-* through to its root', () => {
    const { container } = render(
      element({
        className: 'page-spacing',
        style: { marginBlock: '3rem' },
        id: 'block-1',
        'data-analytics': 'sidebar',
        'aria-describedby': 'note',
      }),
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.id).toBe('block-1');
    // Added to the block's own class, which keeps its styles.
    expect(root.classList).toContain('page-spacing');
    expect(root.classList.length).toBeGreaterThan(1);
    expect(root.style.marginBlock).toBe('3rem');
    expect(root.dataset.analytics).toBe('sidebar');
    expect(root.getAttribute('aria-describedby')).toBe('note');
  });
});

// A type-level check, run by `tsc`: props are the root element's, so these must compile...
export const typed: ComponentType[] = [
  () => <KeyTakeaways points={[]} onMouseEnter={() => {}} title="Summary" hidden />,
  () => <QuizCta href="/q" tabIndex={-1} lang="en" />,
];
// ...and a prop of another element's must not.
// @ts-expect-error href is an anchor's attribute, not a section's
export const untyped = () => <KeyTakeaways points={[]} href="/x" />;
