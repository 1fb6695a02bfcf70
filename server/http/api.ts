import express, { type Request, Router } from 'express';
import { attendanceRoutes } from './attendance-routes';
import { limitBytes } from './body-budget';
import { clockRoutes } from './clock-routes';
import type { HttpDeps } from './context';
import { BACKUP_LIMIT, backupRoutes } from './backup-routes';
import { apiNotFound } from './errors';
import { eventsRoutes } from './events-routes';
import { afterTalkRoutes } from './after-talk-routes';
import { exportRoutes } from './export-routes';
import { HISTORY_PATH, historyRoutes } from './history-routes';
import { instanceRoutes } from './instance-routes';
import { mailRoutes } from './mail-routes';
import { joinRoutes } from './join-routes';
import { meRoutes } from './me-routes';
import { authenticate, ipOf, limitPerIp, refuseUnreadBodies } from './middleware';
import { peopleRoutes } from './people-routes';
import { registrationRoutes } from './registration-routes';
import { scheduleRoutes } from './schedule-routes';

/** Body limits: JSON for every call, CSV (text/csv) for the people import. */
export const JSON_LIMIT = '1mb';
export const CSV_LIMIT = '5mb';

const CSV_TYPES = ['text/csv', 'application/csv'];

/** The most body a request can make its route read: what it reserves of the bytes in flight. */
function bodyLimitOf(req: Request): number {
  const path = req.path.toLowerCase().replace(/\/+$/, '');
  if (req.method === 'POST' && path === '/events/import') return limitBytes(BACKUP_LIMIT);
  if (req.method === 'POST' && HISTORY_PATH.test(path)) return limitBytes(BACKUP_LIMIT);
  return limitBytes(req.is(CSV_TYPES) ? CSV_LIMIT : JSON_LIMIT);
}

/** The /api router: limits → auth → bytes in flight → creation quotas → bodies → routes → JSON 404. */
export function apiRouter(deps: HttpDeps): Router {
  const api = Router();
  api.use(
    limitPerIp(deps.limiters.perIp, 'too many requests from this address; wait a minute', {
      code: 'tooManyFromAddress',
    }),
  );
  // Keys before bodies: a stranger's 5 MiB upload is refused unread.
  api.use(authenticate(deps));
  // Then the body's bytes are reserved, or refused unread when too many are already arriving.
  api.use(deps.bodies.middleware(bodyLimitOf));
  // Creating an event: the free-disk floor and the hourly quotas, before its body is read.
  api.use(deps.creation.guard(ipOf));
  api.use(instanceRoutes(deps));
  // Before the JSON parser: a backup import reads its own, larger body.
  api.use(backupRoutes(deps));
  // So does a backup of an earlier event sent as history.
  api.use(historyRoutes(deps));
  api.use(express.json({ limit: JSON_LIMIT }));
  api.use(express.text({ type: [...CSV_TYPES], limit: CSV_LIMIT }));
  api.use(refuseUnreadBodies);
  api.use(eventsRoutes(deps));
  api.use(peopleRoutes(deps));
  api.use(scheduleRoutes(deps));
  api.use(attendanceRoutes(deps));
  api.use(exportRoutes(deps));
  api.use(clockRoutes(deps));
  api.use(meRoutes(deps));
  api.use(afterTalkRoutes(deps));
  api.use(mailRoutes(deps));
  api.use(registrationRoutes(deps));
  api.use(joinRoutes(deps));
  api.use(apiNotFound);
  return api;
}
