/**
 * `npm run bench:cluster [-- --quick] [--phones=2000] [--trials=15] [--warmup=3] [--kills=10]
 *   [--lease-ms=2000] [--events=5] [--only=fanout,failover,ceiling] [--no-floor]`
 *
 * Issue 21's figures, printed as tables (never asserted):
 * 1. fan-out with 1, 2 and 3 processes (PostgreSQL + Redis) to the same phones, phone i connected
 *    straight to process i % n (no nginx), the skip sent to process 0 (fanout-over-processes.ts);
 * 2. failover over kill -9 of the clock owner among 3 processes (failover.ts);
 * 3. VmRSS per process with the phones connected (from part 1);
 * 4. the ceiling of one process: 5 events of 2,000 phones on the default deployment, against the
 *    bare Socket.IO server, and a reconnect storm (ceiling.ts).
 * Part 1 alternates its changes with the same change on as many bare Socket.IO processes on the same
 * Redis streams adapter (the floor of this machine); `--no-floor` times Tablehop alone.
 * `--quick`: 1,000 phones, 5 trials after 2 warm-ups, 3 kills, for a fast run.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startPrivatePostgres, postgresBin } from '../../scripts/cluster/postgres-server';
import { clusterMissing } from '../../scripts/cluster/room';
import { machine, openFilesLimit } from '../lib/proc';
import { ceiling } from './ceiling';
import { failover } from './failover';
import { fanoutOverProcesses, type ScaleResult } from './fanout-over-processes';
import { printCeiling, printFailover, printFanout, printMemory } from './report';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const flag = (name: string, normal: string, quick = normal) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? (QUICK ? quick : normal));
const PHONES = flag('phones', '2000', '1000');
const TRIALS = flag('trials', '15', '5');
const WARMUP = flag('warmup', '3', '2');
const KILLS = flag('kills', '10', '3');
const LEASE_MS = flag('lease-ms', '2000');
const EVENTS = flag('events', '5');
const FLOOR = !args.includes('--no-floor');
const ONLY = (args.find((a) => a.startsWith('--only='))?.slice(7) ?? 'fanout,failover,ceiling').split(',');
const log = (line: string) => console.log(`[cluster] ${line}`);

async function main(): Promise<void> {
  const missing = clusterMissing({ postgres: true });
  if (missing) throw new Error(`bench:cluster: ${missing}`);
  log(`machine: ${machine()}; open files: soft limit ${openFilesLimit()}`);
  log(
    `${PHONES} phones; ${TRIALS} trials after ${WARMUP} warm-ups; ${KILLS} kills at a ${LEASE_MS} ms lease; ` +
      `ceiling: ${EVENTS} events × ${PHONES} phones`,
  );
  const postgres = await startPrivatePostgres(postgresBin()!);
  try {
    if (ONLY.includes('fanout')) {
      const scale: ScaleResult[] = [];
      for (const n of [1, 2, 3]) {
        scale.push(
          await fanoutOverProcesses(n, {
            phones: PHONES,
            trials: TRIALS,
            warmup: WARMUP,
            postgresUrl: postgres.url,
            floor: FLOOR,
            log,
          }),
        );
        await sleep(2000);
      }
      printFanout(scale, PHONES);
      printMemory(scale, PHONES);
    }
    if (ONLY.includes('failover')) {
      printFailover(await failover({ kills: KILLS, leaseMs: LEASE_MS, postgresUrl: postgres.url, log }), LEASE_MS);
    }
  } finally {
    postgres.stop();
  }
  if (ONLY.includes('ceiling')) {
    printCeiling(await ceiling({ events: EVENTS, phonesPerEvent: PHONES, trials: TRIALS, warmup: WARMUP, log }));
  }
  console.log(`\n${machine()}`);
}

await main();
