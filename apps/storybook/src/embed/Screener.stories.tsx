// The self-screener's own script, as a page with a <clinic-screener> loads it (beside clinic-ui.js,
// which EmbedExample loads).
import '@clinic-ui/widgets/clinic-screener.js';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { EmbedExample, expectWidgetsRendered } from './EmbedExample';
import { embedParameters } from './embedPage';

/**
 * `<clinic-screener>`: a private self-screener. It scores the PHQ-9, GAD-7, PHQ-2 or GAD-2 (or your
 * own check-in) on the reader's device and shows the total, what it means in plain words, crisis
 * lines and a link to book. Answers are never stored, sent, logged or put in the URL, and are
 * cleared on "Start again" and when the reader leaves the page. Every example here uses sample
 * wording the Clinic UI team wrote: none of it is an instrument's.
 *
 * **Its own script.** Add `clinic-screener.js` after the snippet's two tags (the snippet below
 * includes it). Pages without a screener do not need it; pasting it twice is harmless.
 *
 * **Paste the official form, unchanged.** Clinic UI carries no instrument wording. The PHQ and
 * GAD-7 forms and their official translations are published free of charge at
 * [phqscreeners.com](https://www.phqscreeners.com/) (developed by Drs. Robert L. Spitzer, Janet B.
 * W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.). Their
 * wording must not be changed, and only the official translations may be used. Write the form as
 * plain HTML: a `<form>` with one `<fieldset>` per item, the item in its `<legend>`, and each
 * option a `<label>` around `<input type="radio" name="…" value="0|1|2|3">` (0 is "not at all",
 * 3 "nearly every day"). The PHQ-9's tenth question (how difficult the problems made things) may
 * follow the nine; it is shown, never scored. Set `instrument` to match: a form with the wrong
 * number of items or other values is refused with a console message, and stays on the page as
 * pasted.
 *
 * **Keep the developers' notice.** It is the form's last paragraph, after the items; the element
 * refuses a PHQ or GAD form without it. Leave out any submit button: the element adds its own, and
 * without JavaScript a pasted form with no button cannot send the answers anywhere.
 *
 * **Where to put it.** On a page of its own (a "check-in" page), linked from your quiz cards
 * (`<clinic-quiz-cta href="/check-in">`), or after the section of an article that describes the
 * symptoms. Not in a pop-up, and not above unrelated content. Give the page a plain heading and
 * one sentence on what the check-in is for.
 *
 * **Never gate booking behind it.** Booking must never depend on taking the screener: keep your
 * booking link or `<clinic-booking-cta>` on the same page, outside the screener, and say readers
 * can book without answering. The result's booking link (`booking-href`) is an offer, not a step.
 *
 * **Keep the crisis block.** Every result shows crisis lines, and a prominent block comes first
 * when the PHQ-9's self-harm item is answered anything but "not at all". Do not hide them
 * (`::part(crisis)` is for colours, never `display: none`). Outside the US, set `region` (for
 * example `region="GB"`) and put your own lines in `<div slot="crisis">`; without it readers get
 * findahelpline.com.
 *
 * **It is a screen, not a diagnosis.** The result says so. Do not reword bands into diagnoses on
 * the page around it. For your own check-in (`instrument="custom"`), write `bands` such as
 * `0-3:Steady;4-7:Some strain;8-:Worth a conversation`, and say on the page that the questions are
 * your own.
 */
const meta = {
  title: 'Embed/clinic-screener',
  component: EmbedExample,
  tags: ['autodocs'],
  parameters: embedParameters('clinic-screener'),
  play: async (context) => {
    await expectWidgetsRendered(context);
    // The HTML to paste loads the screener's own script, pinned like the snippet's.
    await expect(context.canvasElement.querySelector('pre')?.textContent).toMatch(
      /<script\s+src="[^"]+\/clinic-screener\.js"\s+integrity="sha384-/,
    );
  },
  args: { screener: true },
} satisfies Meta<typeof EmbedExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A clinic's own check-in (team-written sample questions and bands), with a booking hand-off. */
export const OwnCheckIn: Story = {
  args: {
    html: `<clinic-screener
  instrument="custom"
  bands="0-3:Steady;4-6:Some strain;7-:Worth a conversation"
  booking-href="/book"
  heading="A two-minute check-in"
>
  <form>
    <p>Over the last two weeks, how often has each of these applied to you?</p>
    <fieldset>
      <legend>Sample question 1 (team wording): have you found it hard to wind down in the evening?</legend>
      <label><input type="radio" name="check-1" value="0" /> Sample: not at all</label>
      <label><input type="radio" name="check-1" value="1" /> Sample: on a few days</label>
      <label><input type="radio" name="check-1" value="2" /> Sample: on most days</label>
      <label><input type="radio" name="check-1" value="3" /> Sample: nearly all the time</label>
    </fieldset>
    <fieldset>
      <legend>Sample question 2 (team wording): have everyday tasks felt heavier than usual?</legend>
      <label><input type="radio" name="check-2" value="0" /> Sample: not at all</label>
      <label><input type="radio" name="check-2" value="1" /> Sample: on a few days</label>
      <label><input type="radio" name="check-2" value="2" /> Sample: on most days</label>
      <label><input type="radio" name="check-2" value="3" /> Sample: nearly all the time</label>
    </fieldset>
    <fieldset>
      <legend>Sample question 3 (team wording): have you been putting off seeing friends or family?</legend>
      <label><input type="radio" name="check-3" value="0" /> Sample: not at all</label>
      <label><input type="radio" name="check-3" value="1" /> Sample: on a few days</label>
      <label><input type="radio" name="check-3" value="2" /> Sample: on most days</label>
      <label><input type="radio" name="check-3" value="3" /> Sample: nearly all the time</label>
    </fieldset>
  </form>
</clinic-screener>`,
  },
};

/**
 * The PHQ-2 profile, paged: one question per step with "Question 1 of 2", Continue and Back. The
 * wording is the team's sample; a clinic pastes the official form here.
 */
export const PagedPhq2Profile: Story = {
  args: {
    html: `<clinic-screener instrument="phq-2" paged booking-href="/book">
  <form>
    <p>Sample stem: over the last two weeks, how often…?</p>
    <fieldset>
      <legend>Sample question 1, written by the team (the official wording goes here).</legend>
      <label><input type="radio" name="item-1" value="0" /> Sample: not at all</label>
      <label><input type="radio" name="item-1" value="1" /> Sample: a few days</label>
      <label><input type="radio" name="item-1" value="2" /> Sample: most days</label>
      <label><input type="radio" name="item-1" value="3" /> Sample: nearly every day</label>
    </fieldset>
    <fieldset>
      <legend>Sample question 2, written by the team (the official wording goes here).</legend>
      <label><input type="radio" name="item-2" value="0" /> Sample: not at all</label>
      <label><input type="radio" name="item-2" value="1" /> Sample: a few days</label>
      <label><input type="radio" name="item-2" value="2" /> Sample: most days</label>
      <label><input type="radio" name="item-2" value="3" /> Sample: nearly every day</label>
    </fieldset>
    <p>Sample notice: the developers' notice from the official form goes here, unchanged.</p>
  </form>
</clinic-screener>`,
  },
};

/** `lang="es"`: Spanish built-in text (privacy line, buttons, errors, result, crisis lines). */
export const Spanish: Story = {
  args: {
    html: `<clinic-screener instrument="gad-2" lang="es" booking-href="/reservar">
  <form>
    <p>Ejemplo de enunciado: durante las últimas dos semanas, ¿con qué frecuencia…?</p>
    <fieldset>
      <legend>Pregunta de ejemplo 1, escrita por el equipo (aquí va el texto oficial).</legend>
      <label><input type="radio" name="item-1" value="0" /> Ejemplo: nunca</label>
      <label><input type="radio" name="item-1" value="1" /> Ejemplo: algunos días</label>
      <label><input type="radio" name="item-1" value="2" /> Ejemplo: casi todos los días</label>
      <label><input type="radio" name="item-1" value="3" /> Ejemplo: todos los días</label>
    </fieldset>
    <fieldset>
      <legend>Pregunta de ejemplo 2, escrita por el equipo (aquí va el texto oficial).</legend>
      <label><input type="radio" name="item-2" value="0" /> Ejemplo: nunca</label>
      <label><input type="radio" name="item-2" value="1" /> Ejemplo: algunos días</label>
      <label><input type="radio" name="item-2" value="2" /> Ejemplo: casi todos los días</label>
      <label><input type="radio" name="item-2" value="3" /> Ejemplo: todos los días</label>
    </fieldset>
    <p>Aviso de ejemplo: aquí va, sin cambios, el aviso de los autores del formulario oficial.</p>
  </form>
</clinic-screener>`,
  },
};

/** Outside the US: `region` and the clinic's own crisis lines in `slot="crisis"`. */
export const OutsideTheUs: Story = {
  args: {
    html: `<clinic-screener instrument="gad-2" region="GB" booking-href="/book">
  <form>
    <p>Sample stem: over the last two weeks, how often…?</p>
    <fieldset>
      <legend>Sample question 1, written by the team (the official wording goes here).</legend>
      <label><input type="radio" name="item-1" value="0" /> Sample: not at all</label>
      <label><input type="radio" name="item-1" value="1" /> Sample: a few days</label>
      <label><input type="radio" name="item-1" value="2" /> Sample: most days</label>
      <label><input type="radio" name="item-1" value="3" /> Sample: nearly every day</label>
    </fieldset>
    <fieldset>
      <legend>Sample question 2, written by the team (the official wording goes here).</legend>
      <label><input type="radio" name="item-2" value="0" /> Sample: not at all</label>
      <label><input type="radio" name="item-2" value="1" /> Sample: a few days</label>
      <label><input type="radio" name="item-2" value="2" /> Sample: most days</label>
      <label><input type="radio" name="item-2" value="3" /> Sample: nearly every day</label>
    </fieldset>
    <p>Sample notice: the developers' notice from the official form goes here, unchanged.</p>
  </form>
  <div slot="crisis">
    <p>Sample crisis line (fictional): call Fernhollow's on-call team on <a href="tel:+440000000000">0000 000 000</a>.</p>
  </div>
</clinic-screener>`,
  },
};
