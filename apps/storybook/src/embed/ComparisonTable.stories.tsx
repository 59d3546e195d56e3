import type { Meta, StoryObj } from '@storybook/react-vite';
import { EmbedExample, expectWidgetsRendered } from './EmbedExample';
import { embedParameters } from './embedPage';

const table = `<clinic-comparison-table>
  <table>
    <caption>Treatment options for depression</caption>
    <tr>
      <th>Criterion</th>
      <th>Medication</th>
      <th>Psychotherapy</th>
      <th data-highlight>Combined care</th>
    </tr>
    <tr>
      <th>How it works</th>
      <td>Adjusts the chemical signals that shape mood and energy.</td>
      <td>Regular sessions to notice thought patterns and practise new responses.</td>
      <td>A prescriber and a therapist follow one shared plan.</td>
    </tr>
    <tr>
      <th>Time to benefit</th>
      <td>Usually 4 to 8 weeks</td>
      <td>Often 8 to 16 weekly sessions</td>
      <td>Often sooner than either alone</td>
    </tr>
    <tr>
      <th>Side effects</th>
      <td>Possible upset stomach or sleep changes; most ease within weeks</td>
      <td>Few; hard topics can feel tiring at first</td>
      <td>Those of the medicine chosen</td>
    </tr>
    <tr>
      <th>Durability</th>
      <td>Symptoms may return if it is stopped too early</td>
      <td>Skills keep working after sessions end</td>
      <td>Lowest chance of relapse in many studies</td>
    </tr>
  </table>
</clinic-comparison-table>`;

/**
 * `<clinic-comparison-table>`: treatment options compared across criteria, one optionally
 * recommended. A real table on wide columns; an accordion (one item per option) in narrow ones,
 * chosen by the width the element gets, not the screen's.
 *
 * **Paste:** one ordinary `<table>` inside the element: a `<caption>` saying what is compared, a
 * first row naming the options (put `data-highlight` on the recommended one), then one row per
 * criterion (a `<th>` naming it, a `<td>` per option). Without JavaScript the plain table shows.
 * Or, instead of the table, a `<script type="application/json">` with the same data (see "JSON
 * data").
 */
const meta = {
  title: 'Embed/clinic-comparison-table',
  component: EmbedExample,
  tags: ['autodocs'],
  parameters: embedParameters('clinic-comparison-table'),
  play: expectWidgetsRendered,
} satisfies Meta<typeof EmbedExample>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three options, four criteria, combined care recommended. */
export const Typical: Story = { args: { html: table } };

/** The same table in a 320px column: it becomes an accordion, the recommended option open. */
export const NarrowColumn: Story = { args: { html: table, liveWidth: '320px' } };

/** The JSON form, for sites that generate content; text only, never markup. */
export const JsonData: Story = {
  args: {
    html: `<clinic-comparison-table highlight-label="Our first choice">
  <script type="application/json">
    {
      "caption": "Ways to start care for anxiety",
      "options": [
        { "id": "therapy", "label": "Therapy" },
        { "id": "group", "label": "Group sessions" }
      ],
      "criteria": [
        {
          "id": "format",
          "label": "Format",
          "values": { "therapy": "One to one, weekly", "group": "Six to eight people, weekly" }
        },
        {
          "id": "wait",
          "label": "Typical wait",
          "values": { "therapy": "About a week", "group": "Next monthly start date" }
        }
      ],
      "highlight": "therapy"
    }
  </script>
</clinic-comparison-table>`,
  },
};

/** `lang="es"`: Spanish badge and content. */
export const Spanish: Story = {
  args: {
    html: `<clinic-comparison-table lang="es">
  <table>
    <caption>Opciones de tratamiento para la depresión</caption>
    <tr>
      <th>Criterio</th>
      <th>Medicación</th>
      <th>Psicoterapia</th>
      <th data-highlight>Atención combinada</th>
    </tr>
    <tr>
      <th>Tiempo hasta notar mejoría</th>
      <td>De 4 a 8 semanas</td>
      <td>De 8 a 16 sesiones</td>
      <td>A menudo antes que cada una por separado</td>
    </tr>
    <tr>
      <th>Duración del efecto</th>
      <td>Los síntomas pueden volver si se deja pronto</td>
      <td>Las habilidades siguen sirviendo al terminar</td>
      <td>Menor riesgo de recaída</td>
    </tr>
  </table>
</clinic-comparison-table>`,
  },
};
