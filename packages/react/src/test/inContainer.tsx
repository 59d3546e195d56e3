import type { Decorator } from '@storybook/react-vite';

/**
 * A story decorator: renders the story in a container of a fixed width, to show the layout that
 * width gets (blocks adapt to their container, not the viewport).
 */
export const inContainer =
  (width: number): Decorator =>
  (Story) => (
    <div style={{ width: `${width}px` }}>
      <Story />
    </div>
  );
