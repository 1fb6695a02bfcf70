// The worker threads' entry in the compiled server: scripts/build-server.mjs bundles this file
// into dist/server/heavy-worker.mjs beside dist/server/main.mjs (see heavy-worker.mjs).
import { Piscina } from 'piscina';
import { runHeavyTask, type HeavyTask } from './heavy-tasks';
import { packResult } from './transfer';

export default (task: HeavyTask) => packResult(task.kind, runHeavyTask(task), (bytes) => Piscina.move(bytes));
