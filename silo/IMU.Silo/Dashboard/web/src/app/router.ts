import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'fleet' }
  | { view: 'rollouts' }
  | { view: 'rollout'; name: string }
  | { view: 'lpar'; name: string }
  | { view: 'sysmod'; id: string }
  | { view: 'unknown'; path: string };

/** Hash routes keep the silo's static serving trivial: every view is `/` plus a fragment. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/fleet';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'fleet':
      return parts.length === 1 ? { view: 'fleet' } : { view: 'unknown', path };
    case 'rollouts':
      return parts.length === 1 ? { view: 'rollouts' } : parts.length === 2 ? { view: 'rollout', name: parts[1] } : { view: 'unknown', path };
    case 'lpars':
      return parts.length === 2 ? { view: 'lpar', name: parts[1] } : { view: 'unknown', path };
    case 'sysmods':
      return parts.length === 2 ? { view: 'sysmod', id: parts[1] } : { view: 'unknown', path };
    default:
      return { view: 'unknown', path };
  }
}

export const href = {
  fleet: (): string => '#/fleet',
  rollouts: (): string => '#/rollouts',
  rollout: (name: string): string => `#/rollouts/${encodeURIComponent(name)}`,
  lpar: (name: string): string => `#/lpars/${encodeURIComponent(name)}`,
  sysmod: (id: string): string => `#/sysmods/${encodeURIComponent(id)}`,
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
