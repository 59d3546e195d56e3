// Built from the published package, so it takes the package's one stylesheet, as an app does.
import '@clinic-ui/react/styles.css';
import {
  BookingCta,
  Byline,
  ComparisonTable,
  Faq,
  KeyTakeaways,
  QuizCta,
  QuizCtaGroup,
  type FaqItem,
} from '@clinic-ui/react';
import { vars } from '@clinic-ui/tokens';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
// The comparison's sample content is shared with the block's own stories and tests.
import {
  sampleCriteria,
  sampleOptions,
} from '../../../../packages/react/src/ComparisonTable/ComparisonTable.fixtures';
import type { ViewportName } from '../viewports';

const questions: FaqItem[] = [
  {
    question: 'Can I start with therapy and add medication later?',
    answer:
      'Yes. Many people do. If therapy alone has not helped enough after a few months, your therapist can bring in one of our prescribers.',
  },
  {
    question: 'Will I have to take medication forever?',
    answer:
      'Usually not. Most people take it for six to twelve months after they feel better, then taper off slowly with their prescriber.',
  },
  {
    question: 'Do you offer video sessions?',
    answer: 'Yes. Every Fernhollow clinician offers secure video visits.',
  },
  {
    question: 'What if I am in crisis?',
    answer:
      'If you or someone else is in danger, call your local emergency number now. Our clinic is not an emergency service.',
  },
];

const prose: CSSProperties = { maxInlineSize: '40rem', margin: `0 0 ${vars.space.md}` };
const section: CSSProperties = { marginBlock: vars.space.xl };
const heading: CSSProperties = {
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.xl,
  lineHeight: vars.lineHeight.tight,
  marginBlock: `0 ${vars.space.md}`,
};

/** The demo article, composed only of the React blocks and ordinary text. */
function ArticleTemplate() {
  return (
    <article style={{ maxInlineSize: '48rem', marginInline: 'auto' }}>
      <h1
        style={{
          fontFamily: vars.font.heading,
          fontSize: vars.fontSize.xxl,
          lineHeight: vars.lineHeight.tight,
          marginBlock: `0 ${vars.space.md}`,
        }}
      >
        Talk therapy, medication or both? Choosing how to start care
      </h1>
      <Byline
        author={{ name: 'Jonah Pike', credentials: 'LCSW', url: '/team/jonah-pike' }}
        reviewer={{ name: 'Dr. Mara Quell', credentials: 'MD', url: '/team/mara-quell' }}
        published="2026-03-04"
        reviewed="2026-03-18"
        readMinutes={7}
        structuredData
        headline="Talk therapy, medication or both? Choosing how to start care"
      />
      <p style={{ ...prose, marginBlockStart: vars.space.lg }}>
        When low mood or constant worry starts to shape your days, the next question is often
        practical: what kind of care should I ask for? At Fernhollow Clinic we hear it every week.
        This guide walks through the main options and how people usually choose between them.
      </p>

      <div style={section}>
        <KeyTakeaways
          points={[
            'Medication and psychotherapy both help; for many adults the two together help most.',
            'Medication works on brain chemistry; therapy builds skills for thinking and coping.',
            'Milder symptoms often improve with therapy alone.',
            'You can change course at any time, with your care team.',
          ]}
        />
      </div>

      <section style={section} aria-labelledby="article-options">
        <h2 id="article-options" style={heading}>
          How the options compare
        </h2>
        <p style={prose}>
          Medication and therapy work in different ways and on different timelines. Neither is a
          sign of a more or less serious problem; they are tools, and clinicians often combine them.
        </p>
        <ComparisonTable
          caption="Treatment options for depression and anxiety"
          options={sampleOptions}
          criteria={sampleCriteria}
          highlight="combined"
        />
      </section>

      <section style={section} aria-labelledby="article-quizzes">
        <h2 id="article-quizzes" style={heading}>
          Not sure what you are feeling?
        </h2>
        <p style={prose}>
          A short screening quiz can help you put words to it before your first visit. It is not a
          diagnosis, and your answers stay on your device.
        </p>
        <QuizCtaGroup>
          <QuizCta condition="depression" href="/quizzes/depression" headingLevel={3}>
            Mood, energy and interest over the last two weeks. About 3 minutes.
          </QuizCta>
          <QuizCta condition="anxiety" href="/quizzes/anxiety" headingLevel={3}>
            Worry, tension and sleep. About 2 minutes.
          </QuizCta>
          <QuizCta condition="ADHD" href="/quizzes/adhd" headingLevel={3}>
            Focus, restlessness and follow-through. About 3 minutes.
          </QuizCta>
        </QuizCtaGroup>
      </section>

      <section style={section} aria-labelledby="article-next">
        <h2 id="article-next" style={heading}>
          What happens next
        </h2>
        <p style={prose}>
          Your first visit is a conversation about what you are noticing, what you have tried and
          what you would prefer. Together you agree on a plan, and you review it every few weeks.
        </p>
      </section>

      <div style={section}>
        <BookingCta
          href="/book"
          accepting
          locations={['Fernhollow Eastside', 'Fernhollow Riverside', 'Online visits']}
          phone="(555) 010-0199"
        >
          Most new patients see a clinician within a week. We accept most major insurance.
        </BookingCta>
      </div>

      <div style={section}>
        <Faq items={questions} structuredData />
      </div>
    </article>
  );
}

/**
 * The whole demo article, built only from `@clinic-ui/react` blocks with ordinary article text
 * between them: byline, key takeaways, comparison, quiz group, booking and FAQ. Use it to review
 * how the blocks sit together: spacing, heading outline (one h1, sections at h2, cards and
 * questions at h3) and how each layout changes between a phone and a desktop. Pick another width
 * from the toolbar's viewport menu.
 */
const meta = {
  title: 'Templates/Article',
  component: ArticleTemplate,
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ArticleTemplate>;

export default meta;
type Story = StoryObj<typeof meta>;

const at = (value: ViewportName): Story => ({ globals: { viewport: { value, isRotated: false } } });

/** At 320px, the width WCAG reflow asks for: the comparison is an accordion, quizzes stack. */
export const SmallPhone: Story = at('phone320');

/** On a 375px phone. */
export const Phone: Story = at('phone375');

/** On a 768px tablet: the comparison becomes a table. */
export const Tablet: Story = at('tablet');

/** On a 1280px desktop: the table, and the quiz cards side by side. */
export const Desktop: Story = at('desktop');
