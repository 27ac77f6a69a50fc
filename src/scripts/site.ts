/**
 * The one deferred module every page loads (budget: 2 KB gzipped, e2e/static.spec.ts).
 * Pages work without it; each feature is a small module of its own, started here:
 *  - offline.ts: registers the service worker (offline after one visit) and applies updates.
 */
import { startOffline } from './offline.ts';

startOffline();
