import type { ElementType, MouseEventHandler, ReactNode } from 'react';

/** The props a block gives its link component: a checked, safe `href` and the link's content. */
export interface ClinicLinkProps {
  href: string;
  className?: string;
  children?: ReactNode;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
  'aria-label'?: string;
  /** The element's shadow part name, for the custom elements; components may ignore it. */
  part?: string;
}

/**
 * A component that renders a link, such as Next.js's `Link`, or a wrapper around React Router's
 * (`({ href, ...props }) => <Link to={href} {...props} />`). It must render an `<a>` with the
 * props it is given.
 */
export type ClinicLinkComponent = ElementType<ClinicLinkProps>;

export interface ClinicLinkComponentProps {
  /**
   * Renders the block's page links (calls to action, profile links) through the app's router
   * link, e.g. `linkComponent={Link}` from `next/link`. Default a plain `<a>`. Every URL is still
   * checked first: an unsafe one is never handed to it.
   */
  linkComponent?: ClinicLinkComponent;
}
