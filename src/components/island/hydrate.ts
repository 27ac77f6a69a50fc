/**
 * Browser side of Island.astro: hydrates each `[data-island]` element on the page with its
 * component and the props from its JSON data block. Bundled by Astro as an external module
 * (never inline), so it runs under `script-src 'self'`.
 */
import { h, hydrate, type ComponentType } from 'preact';

type Loader = () => Promise<{ default: ComponentType<any> }>;

export function hydrateIslands(components: Record<string, Loader>): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const name = el.dataset.island ?? '';
    const load = Object.hasOwn(components, name) ? components[name] : undefined;
    if (!load) continue;
    const data = document.querySelector(`script[type="application/json"][data-island-props="${CSS.escape(name)}"]`);
    const props = JSON.parse(data?.textContent ?? '{}') as Record<string, unknown>;
    void load().then(({ default: Component }) => {
      hydrate(h(Component, props), el);
      el.dataset.hydrated = 'true';
    });
  }
}
