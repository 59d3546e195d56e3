import type { ReactNode } from 'react';
import type { HeadingLevel } from '../core/rules';

export type { HeadingLevel };

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
