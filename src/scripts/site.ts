/**
 * The one deferred module every page loads (budget: 2 KB gzipped, e2e/static.spec.ts).
 * Pages work without it; each feature is a small module of its own, started here:
 *  - offline.ts: registers the service worker (offline after one visit) and applies updates.
 *  - read-aloud.ts: "Lees voor" with the browser's own speech synthesis.
 */
import { startOffline } from './offline.ts';
import { initReadAloud } from './read-aloud.ts';

startOffline();
initReadAloud();
