import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmbedExample, expectWidgetsRendered } from './EmbedExample';
import { embedParameters } from './embedPage';

/**
 * `<clinic-key-takeaways>`: a card with a heading and 3 to 7 short points, at the top of an
 * article.
 *
 * **Paste:** the script tag once per page (see **Embed / Pasting into your CMS**), then the element
 * with one `<ul>` (bullets) or `<ol>` (numbers) of `<li>` points inside. Links and emphasis inside a
 * point are kept. Without JavaScript, readers and search engines still see the plain list.
 */
const meta = {
  title: 'Embed/clinic-key-takeaways',
  component: EmbedExample,
  tags: ['autodocs'],
  parameters: embedParameters('clinic-key-takeaways'),
  play: expectWidgetsRendered,
} satisfies Meta<typeof EmbedExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Four points, one with a link. */
export const Typical: Story = {
  args: {
    html: `<clinic-key-takeaways>
  <ul>
    <li>Medication and talk therapy both help; many people do best with the two together.</li>
    <li>Therapy builds skills that keep working after sessions end.</li>
    <li>Medication usually takes four to eight weeks to show its full effect.</li>
    <li>Not sure where to start? <a href="/book">Talk to our care team</a>.</li>
  </ul>
</clinic-key-takeaways>`,
  },
};

/** A numbered list (`<ol>`) and a custom heading. */
export const NumberedWithHeading: Story = {
  args: {
    html: `<clinic-key-takeaways heading="Your first visit in three steps">
  <ol>
    <li>Book online or by phone; most visits happen within a week.</li>
    <li>Fill in a short intake form at home.</li>
    <li>Meet your clinician and agree on a plan together.</li>
  </ol>
</clinic-key-takeaways>`,
  },
};

/** `lang="es"`: the built-in heading reads "Puntos clave". */
export const Spanish: Story = {
  args: {
    html: `<clinic-key-takeaways lang="es">
  <ul>
    <li>La medicación y la terapia ayudan; muchas personas mejoran más con ambas.</li>
    <li>La terapia enseña habilidades que siguen sirviendo al terminar.</li>
    <li>Nuestro equipo le ayuda a elegir.</li>
  </ul>
</clinic-key-takeaways>`,
  },
};

/** `theme="warm"` picks the built-in warm theme for this element, whatever the page uses. */
export const WarmTheme: Story = {
  args: {
    html: `<clinic-key-takeaways theme="warm">
  <ul>
    <li>Short, regular sessions often help more than long, rare ones.</li>
    <li>You can switch clinicians at any time, no questions asked.</li>
    <li>Evening and weekend times are available.</li>
  </ul>
</clinic-key-takeaways>`,
  },
};
