import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmbedExample, expectWidgetsRendered } from './EmbedExample';
import { embedParameters } from './embedPage';

/**
 * `<clinic-byline>`: who wrote the article and who medically reviewed it, when, and how long it
 * takes to read. Place it under the article title.
 *
 * **Paste:** everything is an attribute. Dates are `YYYY-MM-DD` (they show the same day
 * everywhere in the world); `read-minutes` is a whole number. Add `structured-data` to publish
 * schema.org `MedicalWebPage` data for search engines, next to the element. A short plain sentence
 * inside the element is shown only to readers without JavaScript.
 */
const meta = {
  title: 'Embed/clinic-byline',
  component: EmbedExample,
  tags: ['autodocs'],
  parameters: embedParameters('clinic-byline'),
  play: expectWidgetsRendered,
} satisfies Meta<typeof EmbedExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Author, reviewer, both dates and read time, with structured data. */
export const Typical: Story = {
  args: {
    html: `<clinic-byline
  author-name="Jonah Pike"
  author-credentials="LCSW"
  author-url="/team/jonah-pike"
  reviewer-name="Dr. Mara Quell"
  reviewer-credentials="MD"
  reviewer-url="/team/mara-quell"
  published="2026-03-04"
  reviewed="2026-03-18"
  read-minutes="6"
  structured-data
>
  <p>By Jonah Pike, LCSW. Reviewed by Dr. Mara Quell, MD.</p>
</clinic-byline>`,
  },
};

/** Only the required author name. */
export const AuthorOnly: Story = {
  args: { html: `<clinic-byline author-name="Jonah Pike"></clinic-byline>` },
};

/** `lang="es"`: Spanish labels and date format. */
export const Spanish: Story = {
  args: {
    html: `<clinic-byline
  lang="es"
  author-name="Lucía Brenner"
  author-credentials="LCSW"
  reviewer-name="Dra. Inés Valdor"
  reviewer-credentials="MD"
  published="2026-03-04"
  reviewed="2026-03-18"
  read-minutes="6"
></clinic-byline>`,
  },
};
