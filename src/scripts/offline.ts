/**
 * Offline after one visit (issue 15): registers the service worker (/sw.js, made by
 * scripts/build/serviceWorker.ts after the build) and takes care of new deployments.
 *
 * A new version installs in the background and then waits. A page without an island has
 * nothing left to load, so it switches at once: the next page comes from the new version.
 * A page with an island (check, search) may still need files of the version it came from, so
 * it offers "Er is een nieuwe versie" (the <template id="site-update"> of Base.astro) and
 * switches when asked, reloading the page; the check keeps its answers in the tab.
 */
const SKIP_WAITING = { type: 'SKIP_WAITING' };

export function startOffline(): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const hasIsland = document.querySelector('[data-island]') !== null;
  // On the very first visit the worker takes control without a reload: not a new version.
  let controlled = !!sw.controller;
  let asked = false;

  const offer = (worker: ServiceWorker | null) => {
    const template = document.getElementById('site-update') as HTMLTemplateElement | null;
    if (!template || document.querySelector('.site-update')) return;
    const notice = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    notice.querySelector('button')!.addEventListener('click', () => {
      asked = true;
      if (worker) worker.postMessage(SKIP_WAITING);
      else location.reload();
    });
    document.body.append(notice);
  };

  const waiting = (worker: ServiceWorker) => {
    if (!sw.controller) return;
    if (hasIsland) offer(worker);
    else worker.postMessage(SKIP_WAITING);
  };

  sw.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    // Switched on request: show the new version. Switched by another tab: offer a reload.
    if (asked) location.reload();
    else if (hasIsland) offer(null);
  });

  const register = () =>
    sw
      .register('/sw.js')
      .then((reg) => {
        if (reg.waiting) waiting(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const worker = reg.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed') waiting(worker);
          });
        });
      })
      .catch(() => {
        /* no offline copy (private mode, old browser): the site works as before */
      });

  // After the page has loaded, so precaching never competes with it.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
