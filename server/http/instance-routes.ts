import { Router } from 'express';
import type { InstanceInfo } from '../../shared/protocol/answers';
import type { HttpDeps } from './context';

/** What a page needs to know about this server before it creates an event (no key needed). */
export function instanceRoutes(deps: HttpDeps): Router {
  const r = Router();
  r.get('/instance', (_req, res) => {
    const body: InstanceInfo = {
      createKeyRequired: deps.creation.keyRequired,
      publicUrlSet: deps.network.publicUrlSet,
      lanUrls: deps.network.lanUrls(),
    };
    res.json(body);
  });
  return r;
}
