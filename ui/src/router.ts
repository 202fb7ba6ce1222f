/** A small History-API router: the current path and query as a signal-like hook, and in-app links. */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface Route {
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();
const current = (): Route => ({ path: decodeURI(location.pathname), query: new URLSearchParams(location.search) });

export function navigate(to: string): void {
  history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

window.addEventListener('popstate', () => {
  for (const l of listeners) l();
});

export function useRoute(): Route {
  const [route, setRoute] = useState(current());
  useEffect(() => {
    const l = (): void => setRoute(current());
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return route;
}

/** An in-app link: a real <a href> (opens in a new tab with a modifier key), routed in place otherwise. */
export function Link(props: { href: string; class?: string; title?: string; children?: ComponentChildren }) {
  const onClick = (e: MouseEvent): void => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
  };
  return html`<a href=${props.href} class=${props.class} title=${props.title} onClick=${onClick}>${props.children}</a>`;
}
