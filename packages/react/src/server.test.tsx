// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as blocks from './index';

const { Accordion, BookingCta, Byline, ComparisonTable, Faq, KeyTakeaways, QuizCta, QuizCtaGroup } =
  blocks;

// Each block with the text a reader must find in its server-rendered HTML.
const examples: Record<string, { element: ReactElement; content: string[] }> = {
  KeyTakeaways: {
    element: <KeyTakeaways points={['Rest helps.', 'So does routine.', 'Ask for support.']} />,
    content: ['Key takeaways', 'Rest helps.', 'So does routine.', 'Ask for support.'],
  },
  ComparisonTable: {
    element: (
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
    content: [
      '<caption',
      'Care options',
      'Medication',
      'Talk therapy',
      'Brain chemistry',
      'New skills',
      'Recommended',
    ],
  },
  Byline: {
    element: (
      <Byline
        author={{ name: 'Mara Quell', credentials: 'MD', url: '/team/mara-quell' }}
        reviewer={{ name: 'Jonah Pike', credentials: 'LCSW' }}
        published="2026-03-04"
        reviewed="2026-04-01"
        readMinutes={4}
        structuredData
      />
    ),
    content: [
      'Mara Quell',
      'Jonah Pike',
      'dateTime="2026-03-04"',
      'March 4, 2026',
      '4 minute read',
      '"@type":"MedicalWebPage"',
    ],
  },
  QuizCta: {
    element: (
      <QuizCtaGroup>
        <QuizCta condition="ADHD" href="/quiz/adhd" />
      </QuizCtaGroup>
    ),
    content: ['ADHD', 'href="/quiz/adhd"'],
  },
  BookingCta: {
    element: (
      <BookingCta href="/book" locations={['Harbor Street']} phone="+1 555 0100" accepting />
    ),
    content: [
      'href="/book"',
      'Harbor Street',
      'href="tel:+15550100"',
      'Now accepting new patients',
    ],
  },
  Accordion: {
    element: (
      <Accordion items={[{ value: 'a', trigger: 'First', content: 'One' }]} defaultValue="a" />
    ),
    content: ['First', 'One', 'aria-expanded="true"'],
  },
  Faq: {
    element: <Faq items={[{ question: 'Is it private?', answer: 'Yes.' }]} structuredData />,
    content: ['Is it private?', 'Yes.', '"@type":"FAQPage"'],
  },
};

describe('server rendering in Node', () => {
  it('runs with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(Object.entries(examples))(
    'renders %s to HTML holding its content',
    (_name, { element, content }) => {
      const html = renderToString(element);
      for (const text of content) expect(html).toContain(text);
      expect(html).not.toContain('undefined');
    },
  );
});

// Radix and React state only work in client components: every module that uses them must say so,
// so that React Server Components never import them as server code, and no other module may say
// so, so that the static blocks stay server components (rsc.test.ts renders the built package as
// React Server Components). Context is made and read only where React has it (see
// internal/locale/context.ts), so it does not count.
const srcDir = dirname(fileURLToPath(import.meta.url));

describe('"use client" directives', () => {
  const clientOnly =
    /@radix-ui\/|\b(useState|useEffect|useLayoutEffect|useReducer|useRef|Provider)\b/;
  const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        /\.tsx?$/.test(file) &&
        !/\.(test|stories|css)\.tsx?$|\.browser\.test\.|\.d\.ts$/.test(file) &&
        !file.startsWith('test/'),
    )
    .map((file) => join(srcDir, file));

  const directive = /^['"]use client['"];/;
  const files = sources.map((file) => {
    const code = readFileSync(file, 'utf8');
    return { name: relative(srcDir, file), code, usesClient: clientOnly.test(code) };
  });

  it.each(files.filter((file) => file.usesClient).map((file) => [file.name, file.code]))(
    '%s uses client-only React and starts with "use client"',
    (_name, code) => expect(code.trimStart()).toMatch(directive),
  );

  it.each(files.filter((file) => !file.usesClient).map((file) => [file.name, file.code]))(
    '%s uses no client-only React and carries no "use client"',
    (_name, code) => expect(code).not.toMatch(/['"]use client['"]/),
  );

  it('sorts files both ways, so neither list is empty by accident', () => {
    expect(files.filter((file) => file.usesClient).length).toBeGreaterThan(0);
    expect(files.filter((file) => !file.usesClient).length).toBeGreaterThan(0);
  });
});
