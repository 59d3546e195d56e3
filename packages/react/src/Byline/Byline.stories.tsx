import type { Meta, StoryObj } from '@storybook/react-vite';
import { Byline } from './Byline';
import { inContainer } from '../test/inContainer';

/**
 * Who wrote the article and who medically reviewed it, with dates and read time.
 *
 * **When to use:** once per article, under the title, on every page that gives health
 * information. A medical reviewer and review date tell readers (and search engines) the page was
 * checked by a clinician; show them whenever a review happened.
 *
 * **Content:**
 * - Give each person's name as they sign it and credentials separately ("MD", "LCSW"), short
 *   (one to three abbreviations; a long list wraps but crowds the line).
 * - Link names to real profile pages on your site.
 * - Dates are `YYYY-MM-DD` and show the same calendar day in every time zone; invalid dates are
 *   left out with a console warning. Update `reviewed` each time a clinician re-reviews the page.
 * - Read time is whole minutes (about 230 words a minute).
 *
 * **Structured data:** `structuredData` adds schema.org `MedicalWebPage` JSON-LD (author,
 * reviewedBy, datePublished, lastReviewed), escaped so no name can break out of the script. Use it
 * once per page.
 *
 * **Accessibility:** dates are `<time dateTime>`; profile links are named "{name}'s profile";
 * avatars are decorative (`alt=""`) unless `avatarAlt` is given, and have a fixed size so nothing
 * shifts when they load. Muted text (credentials, dates) still meets 4.5:1.
 *
 * **Do:** name a real, credentialed reviewer; keep the review date honest.
 *
 * **Don't:** put marketing copy or titles in `credentials`; invent a reviewer; show a review
 * date older than the last content change.
 */
const meta = {
  title: 'Blocks/Byline',
  component: Byline,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: {
    author: { name: 'Jonah Pike', credentials: 'LCSW', url: '/team/jonah-pike' },
    reviewer: { name: 'Dr. Mara Quell', credentials: 'MD', url: '/team/mara-quell' },
    published: '2026-03-04',
    reviewed: '2026-03-18',
    readMinutes: 6,
  },
} satisfies Meta<typeof Byline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Typical: Story = {};

export const WithoutReviewer: Story = {
  args: { reviewer: undefined, reviewed: undefined },
};

/** Only the required author: no links, dates or read time. */
export const OptionalPartsMissing: Story = {
  args: {
    author: { name: 'Jonah Pike' },
    reviewer: undefined,
    published: undefined,
    reviewed: undefined,
    readMinutes: undefined,
  },
};

export const LongContent: Story = {
  args: {
    author: {
      name: 'Dr. Evangeline Marchetti-Okonkwo-Vandersloot',
      credentials: 'PsyD, LMFT, Certified Perinatal Mental Health Specialist',
      url: '/team/evangeline',
    },
    reviewer: {
      name: 'Dr. Bartholomew Castellanos-Whitfield',
      credentials: 'MD, MPH, Board-Certified in Child and Adolescent Psychiatry',
      url: '/team/bartholomew',
    },
    readMinutes: 42,
  },
};

export const Spanish: Story = {
  args: {
    locale: 'es',
    author: { name: 'Lucía Brenner', credentials: 'LCSW', url: '/equipo/lucia-brenner' },
    reviewer: { name: 'Dra. Inés Valdor', credentials: 'MD', url: '/equipo/ines-valdor' },
  },
};

/** Emits schema.org `MedicalWebPage` JSON-LD next to the byline (see the page source). */
export const WithStructuredData: Story = {
  args: { structuredData: true, headline: 'Talk therapy, medication or both?' },
};

/**
 * An unsafe profile URL (`javascript:`) and an invalid date: the name shows as plain text, the
 * date is left out, and the console names the prop.
 */
export const UnsafeLink: Story = {
  args: {
    author: { name: 'Jonah Pike', credentials: 'LCSW', url: 'javascript:alert(1)' },
    reviewed: '2026-02-30',
  },
};

/** In a 320px container: the people and dates wrap onto separate lines. */
export const NarrowContainer: Story = { decorators: [inContainer(320)] };

/** Long names and credentials in a 320px container: every word wraps, nothing scrolls sideways. */
export const NarrowLongContent: Story = { ...LongContent, decorators: [inContainer(320)] };

/** In a 900px container: author, reviewer and dates share lines. */
export const WideContainer: Story = { decorators: [inContainer(900)] };
