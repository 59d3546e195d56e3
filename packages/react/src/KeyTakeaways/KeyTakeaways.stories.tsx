import type { Meta, StoryObj } from '@storybook/react-vite';
import { KeyTakeaways } from './KeyTakeaways';
import { inContainer } from '../test/inContainer';

/**
 * A short summary card at the top of an article: a heading and a list of points.
 *
 * **When to use:** once per article, right after the byline or introduction, so readers who skim
 * get the answer first. Don't use it for steps someone must follow in order (use `ordered` only
 * when the order matters), for calls to action, or as a table of contents.
 *
 * **Content:**
 * - 3 to 7 points (4 or 5 is ideal); one sentence each, about 10 to 20 words.
 * - Lead each point with the idea, not the qualifier ("Therapy helps most people with mild
 *   symptoms", not "According to several studies, ...").
 * - Inline links and emphasis are fine; keep to one link per point at most.
 * - The heading defaults to the locale's "Key takeaways" ("Puntos clave"); override it only when
 *   the card summarises something narrower ("Before your first visit").
 *
 * **Accessibility:** the points are a real `<ul>` (or `<ol>` with `ordered`), so screen readers
 * announce how many there are. Set `headingLevel` so the card fits the page outline (default 2,
 * right under the article's h1). Link text must make sense on its own ("our care guide", not
 * "here").
 *
 * **Do:** write points a reader could act on or remember; keep the same tone as the article.
 *
 * **Don't:** paste whole paragraphs; repeat the title; put medical advice in the card that the
 * article does not explain.
 */
const meta = {
  title: 'Blocks/KeyTakeaways',
  component: KeyTakeaways,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    points: [
      'Medication and talk therapy both work; many people do best with the two together.',
      'Medication acts on brain chemistry; therapy builds new ways of thinking and coping.',
      'Mild symptoms often respond to therapy alone.',
      'Your care team can help you weigh the options for your situation.',
    ],
  },
} satisfies Meta<typeof KeyTakeaways>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four one-sentence points under the default heading. */
export const Typical: Story = {};

/** The minimum: three short points, default heading and bullets. */
export const ThreePoints: Story = {
  args: {
    points: [
      'Both medication and therapy help.',
      'Therapy skills last after sessions end.',
      'Ask your care team which fits you.',
    ],
  },
};

/** Seven points (the maximum), long sentences, a link and emphasis: the card grows, nothing overflows. */
export const LongContent: Story = {
  args: {
    heading: 'What to know before choosing between medication, psychotherapy and combined care',
    points: [
      'Medication and psychotherapy both help people with depression and anxiety, and for many adults with moderate or severe symptoms the two together work better than either alone.',
      'Antidepressants usually take four to eight weeks to reach their full effect, so an early lack of change is not a sign that they will never help.',
      <>
        Therapy teaches skills that <em>keep working</em> after sessions end, which is one reason
        relapse is less common after a full course.
      </>,
      'Side effects of medication are usually mild and often ease within the first weeks.',
      'Stopping medication suddenly can cause discontinuation symptoms; plan any change with your prescriber.',
      'Waiting lists for therapy vary by location; online sessions are often available sooner.',
      <>
        Read <a href="/guides/first-months">our guide to the first months of care</a> for what to
        expect at each visit.
      </>,
    ],
  },
};

/** Optional parts used: a custom heading at level 3 and numbered points (the order matters). */
export const CustomHeadingOrdered: Story = {
  args: {
    heading: 'Your first visit in three steps',
    headingLevel: 3,
    ordered: true,
    points: [
      'Book online or by phone; most visits happen within a week.',
      'Fill in a short intake form at home.',
      'Meet your clinician and agree on a plan together.',
    ],
  },
};

/** Spanish built-in heading ("Puntos clave") with Spanish points. */
export const Spanish: Story = {
  args: {
    locale: 'es',
    points: [
      'La medicación y la terapia funcionan; muchas personas mejoran más con ambas.',
      'La terapia enseña nuevas formas de pensar y afrontar.',
      'Tu equipo de atención te ayuda a decidir.',
    ],
  },
};

/** In a 320px container: points wrap, nothing scrolls sideways. */
export const NarrowContainer: Story = { decorators: [inContainer(320)] };

/** In a 900px container: the card keeps a readable line length. */
export const WideContainer: Story = { decorators: [inContainer(900)] };
