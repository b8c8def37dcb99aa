import type { OrganisationInput, Organisation } from '../../shared/domain/organisation';
import type { TestApp } from './testContext';

/** Creates an organisation through the channel, as the app does, on either engine. */
export const createOrganisation = (app: TestApp, input: OrganisationInput): Promise<Organisation> =>
  app.ok('organisations:create', input);
