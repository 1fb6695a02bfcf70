import { z } from 'zod';
import { render } from 'solid-js/web';
import { App } from './app';
import { routeOf } from './route';
import './ui/base.css';

// zod probes `new Function` for its fast path; our CSP forbids eval, so tell it not to try
// (otherwise every page load logs a CSP violation).
z.config({ jitless: true });

render(() => <App />, document.getElementById('root')!);

// The pages that must open with no network (issue 20) install the service worker; a built
// client only (the dev server has none). Loaded lazily: it is not needed for the first paint.
const route = routeOf(window.location.pathname).name;
if (import.meta.env.PROD && 'serviceWorker' in navigator && (route === 'person' || route === 'projector'))
  void import('./pwa-register').then((m) => m.registerWorker()).catch(() => undefined);
