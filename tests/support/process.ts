// The real server as a child process: shared with `npm run cluster` (scripts/cluster).
export { spawnServer, type ServerProcess } from '../../scripts/cluster/tablehop-process';
