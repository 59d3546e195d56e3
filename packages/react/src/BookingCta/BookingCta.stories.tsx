import type { Meta, StoryObj } from '@storybook/react-vite';
import { BookingCta } from './BookingCta';
import { inContainer } from '../test/inContainer';

/**
 * Invites new patients to book: an optional "Now accepting new patients" status, the clinic's
 * locations, one primary action and an optional phone number.
 *
 * **When to use:** one per page, near the end of an article or beside the intake information.
 * Don't use it for quizzes (`QuizCta`), for contact forms, or more than once on a page.
 *
 * **Content:**
 * - Keep the text to one or two sentences (under about 160 characters): wait times, insurance,
 *   telehealth.
 * - 1 to 4 locations, by the names patients know; "Online visits" counts as one.
 * - Show `accepting` only while it is true.
 * - Write the phone number as people read it; it is dialled as digits (`tel:+15550100199`). A
 *   phone number with letters or other characters is left out.
 *
 * **Behaviour:** the button is a real `<a>`; `onCtaClick` receives `{ href }` only and never
 * stops navigation. An unsafe or missing `href` leaves the card without its button and logs a
 * warning naming `BookingCta` and `href`.
 *
 * **Accessibility:** the status is text plus a check mark in the success colour (never colour
 * alone); locations are a list named "Locations"; the button and phone link are at least 44px
 * tall with a visible focus ring.
 *
 * **Do:** link straight to the booking step; keep the button text a verb ("Book an appointment").
 *
 * **Don't:** add urgency that isn't real ("Only 2 slots left!"); put crisis information here (it
 * belongs in the article text, where it cannot be missed).
 */
const meta = {
  title: 'Blocks/BookingCta',
  component: BookingCta,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    href: '/book',
    accepting: true,
    locations: ['Fernhollow Eastside', 'Fernhollow Riverside', 'Online visits'],
    phone: '(555) 010-0199',
    children: 'Most new patients see a clinician within a week. We accept most major insurance.',
  },
} satisfies Meta<typeof BookingCta>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Typical: Story = {};

/** Only the required link: no status, text, locations or phone. */
export const OptionalPartsMissing: Story = {
  args: { accepting: false, locations: undefined, phone: undefined, children: undefined },
};

export const LongContent: Story = {
  args: {
    heading: 'Start care with a psychiatrist, therapist or nurse practitioner this month',
    label: 'Request a first appointment online',
    locations: [
      'Fernhollow Clinic at Eastside Medical Commons, Suite 400',
      'Fernhollow Riverside (next to the ferry terminal)',
      'Fernhollow North Hills',
      'Secure video visits anywhere in the state',
    ],
    phone: '+1 (555) 010-0199',
    children:
      'We see adults, teenagers and families for anxiety, depression, ADHD, trauma and more. Most new patients are seen within seven days, evening and weekend times are available at every location, and our intake team can check your insurance before your first visit.',
  },
};

export const Spanish: Story = {
  args: {
    locale: 'es',
    href: '/cita',
    locations: ['Fernhollow Este', 'Fernhollow Ribera', 'Consultas en línea'],
    children: 'La mayoría de los pacientes nuevos ven a un profesional en menos de una semana.',
  },
};

/** An unsafe `href` and an invalid phone: the card still reads, without them; the console says why. */
export const UnsafeLink: Story = {
  args: { href: 'javascript:alert(1)', phone: '555-0100 ext. 2' },
};

/** An unsafe booking link with a valid phone: the phone becomes the only action. */
export const UnsafeLinkWithPhone: Story = {
  args: { href: 'data:text/html,<script>alert(1)</script>' },
};

/** In a 320px container: locations stack and the button spans the card. */
export const NarrowContainer: Story = { decorators: [inContainer(320)] };

/** Long content in a 320px container. */
export const NarrowLongContent: Story = { ...LongContent, decorators: [inContainer(320)] };

/** In a 900px container: locations sit inline. */
export const WideContainer: Story = { decorators: [inContainer(900)] };
