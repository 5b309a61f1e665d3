// The JSON API under /api/v1: every route of the register, search, files, intake, signatures, appeals and occasions.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
} from '../records/registry.ts';
import { registerAppealRoutes } from './appeals.routes.ts';
import { registerOccasionRoutes } from './occasions.routes.ts';
import { registerRecordRoutes } from './records.routes.ts';
import { registerSearchRoutes } from './search.routes.ts';
import { registerSourceFileRoutes } from './sources.routes.ts';
import { registerIntakeRoutes } from './intake.routes.ts';
import { registerSystemRoutes } from './system.routes.ts';
import { registerSignatureRoutes } from './signatures.routes.ts';

/** Registers every JSON API route on the app. */
export async function registerApi(app: FastifyInstance, deps: AppDeps): Promise<void> {
  registerSystemRoutes(app, deps);
  registerRecordRoutes(app, deps, personDef);
  registerRecordRoutes(app, deps, organisationDef);
  registerRecordRoutes(app, deps, membershipDef);
  registerRecordRoutes(app, deps, eventDef);
  registerRecordRoutes(app, deps, caseDef);
  registerRecordRoutes(app, deps, sourceDef);
  registerRecordRoutes(app, deps, citationDef);
  registerSearchRoutes(app, deps);
  await registerSourceFileRoutes(app, deps);
  await registerIntakeRoutes(app, deps);
  registerSignatureRoutes(app, deps);
  registerAppealRoutes(app, deps);
  registerOccasionRoutes(app, deps);
}
