import type { Settings, SettingsPatch } from '../../shared/domain/settings';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import { findOrganisation } from '../db/repositories/organisationRepository';
import { storeOf } from '../db/store/interop';

export const settingsService = (ctx: AppContext) => ({
  get: (): Settings => ctx.settings.read(),

  update: async (patch: SettingsPatch): Promise<Settings> => {
    if (patch.currentOrganisationId != null) {
      const org = await findOrganisation(storeOf(ctx).read, patch.currentOrganisationId);
      if (!org)
        throw new DomainError('VALIDATION', 'errors.validation', {
          currentOrganisationId: ['errors.notFound'],
        });
    }
    return ctx.settings.write(patch);
  },
});
