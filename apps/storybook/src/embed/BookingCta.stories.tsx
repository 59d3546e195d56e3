import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmbedExample, expectWidgetsRendered } from './EmbedExample';
import { embedParameters } from './embedPage';

/**
 * `<clinic-booking-cta>`: "Now accepting new patients", your locations, one booking button and a
 * phone number. Use one per page, near the end of an article.
 *
 * **Paste:** set `href` to your booking page (required); separate locations with `;`. The optional
 * text inside is one or two sentences (wait times, insurance). A click on the button sends a
 * `clinic-cta-click` event for your own analytics.
 */
const meta = {
  title: 'Embed/clinic-booking-cta',
  component: EmbedExample,
  tags: ['autodocs'],
  parameters: embedParameters('clinic-booking-cta'),
  play: expectWidgetsRendered,
} satisfies Meta<typeof EmbedExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Typical: Story = {
  args: {
    html: `<clinic-booking-cta
  href="/book"
  accepting
  locations="Fernhollow Eastside; Fernhollow Riverside; Online visits"
  phone="(555) 010-0199"
>
  Most new patients see a clinician within a week. We accept most major insurance.
</clinic-booking-cta>`,
  },
};

/** Only the required link. */
export const LinkOnly: Story = {
  args: { html: `<clinic-booking-cta href="/book"></clinic-booking-cta>` },
};

/** `lang="es"`: Spanish built-in text. */
export const Spanish: Story = {
  args: {
    html: `<clinic-booking-cta
  lang="es"
  href="/cita"
  accepting
  locations="Fernhollow Este; Consultas en línea"
  phone="(555) 010-0199"
>
  La mayoría de los pacientes nuevos ven a un profesional en menos de una semana.
</clinic-booking-cta>`,
  },
};
