// The worker threads' entry when the server runs from its TypeScript sources (tests, npm run
// dev): teach this thread TypeScript, then load the tasks. The compiled server (npm start)
// has its own dist/server/heavy-worker.mjs beside dist/server/main.mjs, built by
// scripts/build-server.mjs, and never loads this file.
import { register } from 'tsx/esm/api';

register();
const { runHeavyTask } = await import('./heavy-tasks.ts');
const { packResult } = await import('./transfer.ts');
const { Piscina } = await import('piscina');

export default (task) => packResult(task.kind, runHeavyTask(task), (bytes) => Piscina.move(bytes));
