import express, { Router } from 'express';
import { attendanceRoutes } from './attendance-routes';
import { clockRoutes } from './clock-routes';
import type { HttpDeps } from './context';
import { backupRoutes } from './backup-routes';
import { apiNotFound } from './errors';
import { eventsRoutes } from './events-routes';
import { exportRoutes } from './export-routes';
import { meRoutes } from './me-routes';
import { authenticate, limitPerIp, refuseUnreadBodies } from './middleware';
import { peopleRoutes } from './people-routes';
import { scheduleRoutes } from './schedule-routes';

/** Body limits: JSON for every call, CSV (text/csv) for the people import. */
export const JSON_LIMIT = '1mb';
export const CSV_LIMIT = '5mb';

/** The /api router: limits → auth → bodies → routes → JSON 404. */
export function apiRouter(deps: HttpDeps): Router {
  const api = Router();
  api.use(limitPerIp(deps.limiters.perIp, 'too many requests from this address; wait a minute'));
  // Keys before bodies: a stranger's 5 MiB upload is refused unread.
  api.use(authenticate(deps));
  // Before the JSON parser: a backup import reads its own, larger body.
  api.use(backupRoutes(deps));
  api.use(express.json({ limit: JSON_LIMIT }));
  api.use(express.text({ type: ['text/csv', 'application/csv'], limit: CSV_LIMIT }));
  api.use(refuseUnreadBodies);
  api.use(eventsRoutes(deps));
  api.use(peopleRoutes(deps));
  api.use(scheduleRoutes(deps));
  api.use(attendanceRoutes(deps));
  api.use(exportRoutes(deps));
  api.use(clockRoutes(deps));
  api.use(meRoutes(deps));
  api.use(apiNotFound);
  return api;
}
