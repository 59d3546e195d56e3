import type { ReactNode } from 'react';

/** The heading levels a block's heading may take; blocks default to 2. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface HeadingProps {
  level?: HeadingLevel;
  id?: string;
  className?: string;
  part?: string;
  children: ReactNode;
}

/** An `<h2>`-`<h6>` chosen by `level`, so a block fits the page's outline. */
export function Heading({ level = 2, children, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...rest}>{children}</Tag>;
}
