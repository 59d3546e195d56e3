import { Description, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';
import type { Parameters } from '@storybook/react-vite';
import { ElementReference } from './ElementReference';

/**
 * The parameters of an embed page: its docs page shows the guidance (the meta's JSDoc), the first
 * example, the reference of each element generated from custom-elements.json, then every example.
 */
export function embedParameters(...tags: string[]): Parameters {
  return {
    layout: 'padded',
    docs: {
      page: () => (
        <>
          <Title />
          <Subtitle />
          <Description />
          <Primary />
          {tags.map((tag) => (
            <section key={tag}>
              <h2>
                <code>{`<${tag}>`}</code> reference
              </h2>
              <p>
                Generated from the package's <code>custom-elements.json</code>. Every element also
                follows the nearest <code>lang</code> attribute (<code>es</code> gives Spanish
                built-in text).
              </p>
              <ElementReference tag={tag} />
            </section>
          ))}
          <Stories />
        </>
      ),
    },
  };
}
