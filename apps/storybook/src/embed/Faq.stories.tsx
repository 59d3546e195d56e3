import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmbedExample, expectWidgetsRendered } from './EmbedExample';
import { embedParameters } from './embedPage';

/**
 * `<clinic-faq>`: frequently asked questions as a branded accordion.
 *
 * **Paste:** one `<details>` per question: the question in `<summary>`, the answer after it
 * (paragraphs, lists and links are kept). `<details open>` starts open. Without JavaScript the
 * browser's own disclosure widgets show, so every answer stays readable. Add `structured-data` to
 * publish schema.org `FAQPage` data for search engines, next to the element.
 */
const meta = {
  title: 'Embed/clinic-faq',
  component: EmbedExample,
  tags: ['autodocs'],
  parameters: embedParameters('clinic-faq'),
  play: expectWidgetsRendered,
} satisfies Meta<typeof EmbedExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three questions, the first open, with structured data. */
export const Typical: Story = {
  args: {
    html: `<clinic-faq structured-data>
  <details open>
    <summary>Do I need a referral to book a first visit?</summary>
    <p>No. Book directly; if your plan asks for a referral, we tell you before your visit.</p>
  </details>
  <details>
    <summary>Can I see a clinician online?</summary>
    <p>Yes. Every clinician offers secure video sessions; see <a href="/telehealth">how it works</a>.</p>
  </details>
  <details>
    <summary>What if I am in crisis?</summary>
    <p>If you or someone else is in danger, call your local emergency number now. We are not an emergency service.</p>
  </details>
</clinic-faq>`,
  },
};

/** `lang="es"`: the built-in heading reads "Preguntas frecuentes". */
export const Spanish: Story = {
  args: {
    html: `<clinic-faq lang="es">
  <details>
    <summary>¿Necesito una derivación para la primera cita?</summary>
    <p>No. Puede reservar directamente; le avisamos si su seguro la exige.</p>
  </details>
  <details>
    <summary>¿Puedo tener las sesiones por videollamada?</summary>
    <p>Sí. Todo el equipo ofrece sesiones seguras por video.</p>
  </details>
</clinic-faq>`,
  },
};
