import type { Meta, StoryObj } from '@storybook/react-vite';
import { Screener } from './Screener';
import { sampleItems, sampleNotice, sampleUnscoredItem } from './Screener.fixtures';

/**
 * A private self-screener: the PHQ-9, GAD-7, PHQ-2 or GAD-2 (or a clinic's own check-in), scored
 * in the page. Answers never leave the reader's device.
 *
 * **The wording comes from the clinic.** Clinic UI carries none of the instruments' wording, and
 * these stories use sample text the team wrote. Paste the official form, unchanged, as `items`
 * (English, or an official translation only) and keep the developers' notice in `notice`. The
 * official forms and translations are published by their developers (for the PHQ and GAD
 * screeners, at phqscreeners.com).
 *
 * **When to use:** where an article invites readers to check how they feel, or on its own
 * check-in page linked from a `QuizCta`. Never put booking behind it: a booking link elsewhere on
 * the page must not depend on taking the screen.
 *
 * **Behaviour:** `instrument` picks the scoring profile and checks the items against it (count,
 * options valued 0–3, the PHQ-9's self-harm item 9). A mismatch is not scored: the questions are
 * listed and a development warning names the problem. No result shows until every scored item is
 * answered; the PHQ-9's tenth question is optional and never scored. The result gives the total,
 * the band and what it means in plain words, says it is a screen and not a diagnosis, and hands
 * off to `bookingHref`. Crisis lines come with every result; when item 9 is anything but the
 * first option, a prominent crisis block comes above the score. Keep the crisis block: outside
 * the US, set `region` and pass the clinic's own lines as `crisis` (findahelpline.com otherwise).
 *
 * **Privacy:** nothing is stored, sent, logged or passed to a callback; `onCtaClick` gets the
 * booking link only. "Start again" clears every answer.
 *
 * **Accessibility:** GOV.UK question-page patterns: a fieldset and legend per item, no
 * auto-advance, an error summary that takes focus and links each missing item, focus on the
 * result heading, severity in words (never colour alone), no timers. `paged` shows one item per
 * step with "Question 3 of 9".
 */
const meta = {
  title: 'Blocks/Screener',
  component: Screener,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    instrument: 'phq-9',
    heading: 'Sample mood check (sample wording)',
    intro: 'Sample stem: over the last two weeks, how often has each sample statement applied?',
    items: sampleItems(9, { selfHarmItem: 9 }),
    notice: sampleNotice,
    bookingHref: '/book',
  },
} satisfies Meta<typeof Screener>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nine items on one page, as the PHQ-9 profile expects. */
export const Phq9Sample: Story = {};

/** The PHQ-9 profile with its optional, unscored tenth question. */
export const WithUnscoredQuestion: Story = {
  args: { items: [...sampleItems(9, { selfHarmItem: 9 }), sampleUnscoredItem] },
};

/** One item per step, with Continue, a back link and "Question 1 of 7". */
export const Paged: Story = {
  args: {
    instrument: 'gad-7',
    heading: 'Sample worry check (sample wording)',
    items: sampleItems(7),
    paged: true,
  },
};

/** Two items; a total of 3 or more is at the usual cut-off. */
export const TwoItems: Story = {
  args: { instrument: 'gad-2', heading: 'Sample quick check', items: sampleItems(2) },
};

/** A clinic's own check-in, with its own bands. */
export const CustomCheckIn: Story = {
  args: {
    instrument: 'custom',
    bands: '0-3:Doing fine;4-7:Some strain;8-:Worth a chat',
    heading: 'Fernhollow weekly check-in (sample wording)',
    items: sampleItems(4),
  },
};

export const Spanish: Story = {
  args: {
    locale: 'es',
    heading: 'Chequeo de ánimo de ejemplo (texto de ejemplo)',
    intro: 'Texto de ejemplo: en las últimas dos semanas, ¿con qué frecuencia le ha pasado esto?',
    items: sampleItems(9, { locale: 'es', selfHarmItem: 9 }),
    notice: 'Aviso de ejemplo: aquí va el aviso de los autores del formulario oficial.',
  },
};

/** Outside the US: the clinic's own crisis lines replace 988 and 911. */
export const OutsideTheUs: Story = {
  args: {
    instrument: 'phq-2',
    heading: 'Sample quick check',
    items: sampleItems(2),
    region: 'GB',
    crisis: <p>Sample: call the Fernhollow out-of-hours line on 0000 000 0000 (not real).</p>,
  },
};
