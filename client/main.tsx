import { z } from 'zod';
import { render } from 'solid-js/web';
import { App } from './app';
import './ui/base.css';

// zod probes `new Function` for its fast path; our CSP forbids eval, so tell it not to try
// (otherwise every page load logs a CSP violation).
z.config({ jitless: true });

render(() => <App />, document.getElementById('root')!);
