import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path of the app (under the router's basename, or the hash in an LMS package). */
  to: string;
  replace?: boolean;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * A link to one of the app's pages: a real `<a href>` (a new tab, copying the address and
 * middle-click work), and a click moves within the app, as react-router's `<Link>` does. That
 * `<Link>` also brings the framework mode's route prefetching and lazy route discovery, about
 * 1.5 KB gzip in every page's first load, for links the app never asks to prefetch.
 */
export function Link({ to, replace, target, onClick, ref, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, target });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <a {...rest} href={href} onClick={handleClick} ref={ref} target={target} />;
}
