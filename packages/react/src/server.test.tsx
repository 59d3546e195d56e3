// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as blocks from './index';

const { Accordion, BookingCta, Byline, ComparisonTable, Faq, KeyTakeaways, QuizCta, QuizCtaGroup } =
  blocks;

const examples = {
  KeyTakeaways: <KeyTakeaways points={['Rest helps.', 'So does routine.', 'Ask for support.']} />,
  ComparisonTable: (
    <ComparisonTable
      caption="Care options"
      options={[
        { id: 'meds', label: 'Medication' },
        { id: 'talk', label: 'Talk therapy' },
      ]}
      criteria={[
        {
          id: 'how',
          label: 'How it works',
          values: { meds: 'Brain chemistry', talk: 'New skills' },
        },
      ]}
      highlight="talk"
    />
  ),
  Byline: (
    <Byline
      author={{ name: 'Mara Quell', credentials: 'MD', url: '/team/mara-quell' }}
      reviewer={{ name: 'Jonah Pike', credentials: 'LCSW' }}
      published="2026-03-04"
      reviewed="2026-04-01"
      readMinutes={4}
      structuredData
    />
  ),
  QuizCta: (
    <QuizCtaGroup>
      <QuizCta condition="ADHD" href="/quiz/adhd" />
    </QuizCtaGroup>
  ),
  BookingCta: (
    <BookingCta href="/book" locations={['Harbor Street']} phone="+1 555 0100" accepting />
  ),
  Accordion: (
    <Accordion items={[{ value: 'a', trigger: 'First', content: 'One' }]} defaultValue="a" />
  ),
  Faq: <Faq items={[{ question: 'Is it private?', answer: 'Yes.' }]} structuredData />,
};

describe('server rendering in Node', () => {
  it('runs with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(Object.entries(examples))('renders %s to HTML with its content', (name, element) => {
    const html = renderToString(element);
    expect(html.length, name).toBeGreaterThan(100);
    expect(html).not.toContain('undefined');
  });

  it('renders the content a reader needs, not an empty shell', () => {
    expect(renderToString(examples.KeyTakeaways)).toContain('So does routine.');
    expect(renderToString(examples.ComparisonTable)).toContain('<caption');
    expect(renderToString(examples.Byline)).toContain('dateTime="2026-03-04"');
    expect(renderToString(examples.Byline)).toContain('application/ld+json');
    expect(renderToString(examples.QuizCta)).toContain('href="/quiz/adhd"');
    expect(renderToString(examples.BookingCta)).toContain('href="tel:+15550100"');
    expect(renderToString(examples.Faq)).toContain('Is it private?');
  });
});

// Radix and React state only work in client components: every module that uses them must say so,
// so that React Server Components never import them as server code.
const srcDir = dirname(fileURLToPath(import.meta.url));

describe('"use client" directives', () => {
  const clientOnly =
    /@radix-ui\/|\b(createContext|useState|useEffect|useLayoutEffect|useReducer|useRef)\b/;
  const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        /\.tsx?$/.test(file) &&
        !/\.(test|stories|css)\.tsx?$|\.browser\.test\.|\.d\.ts$/.test(file),
    )
    .map((file) => join(srcDir, file));

  it.each(sources.map((file) => [relative(srcDir, file), file]))(
    '%s starts with "use client" if it uses client-only React',
    (_name, file) => {
      const code = readFileSync(file, 'utf8');
      if (clientOnly.test(code)) expect(code.trimStart()).toMatch(/^['"]use client['"];/);
    },
  );
});
