// The worker threads' entry in the compiled server: scripts/build-server.mjs bundles this file
// into dist/server/heavy-worker.mjs beside dist/server/main.mjs (see heavy-worker.mjs).
import { runHeavyTask } from './heavy-tasks';

export default runHeavyTask;
