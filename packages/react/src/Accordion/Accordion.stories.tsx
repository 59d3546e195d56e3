import type { Meta, StoryObj } from '@storybook/react-vite';
import { longQuestion } from '../Faq/Faq.fixtures';
import { inContainer } from '../test/inContainer';
import { Accordion, type AccordionItemData } from './Accordion';

const careOptions: AccordionItemData[] = [
  {
    value: 'medication',
    trigger: 'Medication',
    content: (
      <p>
        A psychiatric clinician prescribes and adjusts it, usually with short check-ins every few
        weeks at first.
      </p>
    ),
  },
  {
    value: 'therapy',
    trigger: 'Talk therapy',
    content: (
      <p>
        Regular sessions with a licensed therapist to practise new ways of thinking, coping and
        relating.
      </p>
    ),
  },
  {
    value: 'combined',
    trigger: 'Combined care',
    content: (
      <p>
        Medication and therapy together, planned by one care team that shares notes (with your
        consent).
      </p>
    ),
  },
];

/**
 * A stack of headed sections that readers open and close: the building block behind `Faq` and
 * the narrow layout of `ComparisonTable`.
 *
 * **When to use:** when readers scan for the one or two sections they need (care options,
 * policies, locations). For questions and answers, use `Faq`, which adds a heading and structured
 * data. Don't hide content everyone must read (warnings, prices, crisis information) inside a
 * closed panel, and don't nest accordions.
 *
 * **Content:**
 * - 3 to 8 items; with more, split them under headings.
 * - Keep each trigger a short phrase or question (under about 80 characters). It is a button, so
 *   text and inline emphasis only, no links.
 * - Panels may hold paragraphs, lists and links; keep each to a few short paragraphs.
 *
 * **Accessibility:** each trigger is a `<button>` inside a heading whose level (`headingLevel`,
 * default 3) fits the page outline; `aria-expanded` tells its state and each open panel is a
 * region named by its trigger. Keyboard: Tab moves between triggers and into open panels, Enter
 * or Space toggles, Down/Up arrows move between triggers, Home/End go to the first/last. In
 * `single` mode the open item can still be closed. Closed panels stay in the HTML (with the
 * `hidden` attribute) so server-rendered pages and search engines keep every answer. Height and chevron animate
 * only when the reader has not asked for reduced motion.
 *
 * **Do:** write triggers that tell what is inside; open the item most readers need with
 * `defaultValue`.
 *
 * **Don't:** put a whole article in an accordion; use it for navigation menus.
 */
const meta = {
  title: 'Blocks/Accordion',
  component: Accordion,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { items: careOptions },
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One panel at a time (the default); the open one closes again on a second press. */
export const Typical: Story = {};

/** Any number of panels open at once. */
export const Multiple: Story = {
  args: { type: 'multiple', defaultValue: ['medication', 'combined'] },
};

/** An item open on first render. */
export const DefaultOpen: Story = {
  args: { defaultValue: 'therapy' },
};

/** Long triggers wrap beside the chevron; long panels hold several paragraphs, a list and a link. */
export const LongContent: Story = {
  args: {
    defaultValue: 'long',
    items: [
      // The long sample question of the Faq stories, as an accordion item.
      { value: 'long', trigger: longQuestion.question, content: longQuestion.answer },
      ...careOptions,
    ],
  },
};

/** Headings at another level, to fit where the accordion sits in the page outline. */
export const HeadingLevelFour: Story = {
  args: { headingLevel: 4 },
};

/** Spanish content: the accordion has no built-in strings, so only the content changes. */
export const Spanish: Story = {
  decorators: [
    (Story) => (
      <div lang="es">
        <Story />
      </div>
    ),
  ],
  args: {
    defaultValue: 'terapia',
    items: [
      {
        value: 'medicacion',
        trigger: 'Medicación',
        content: <p>La receta y ajusta un profesional de psiquiatría, con revisiones breves.</p>,
      },
      {
        value: 'terapia',
        trigger: 'Terapia conversacional',
        content: <p>Sesiones periódicas para practicar nuevas formas de pensar y afrontar.</p>,
      },
      {
        value: 'combinada',
        trigger: 'Atención combinada',
        content: <p>Medicación y terapia juntas, coordinadas por un mismo equipo.</p>,
      },
    ],
  },
};

/** In a 320px container: long triggers wrap beside the chevron. */
export const NarrowContainer: Story = {
  args: LongContent.args,
  decorators: [inContainer(320)],
};

/** In a 900px container. */
export const WideContainer: Story = {
  args: { defaultValue: 'therapy' },
  decorators: [inContainer(900)],
};
