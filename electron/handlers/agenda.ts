import type { agendaContract } from '../../shared/ipc/contracts/agenda';
import type { AppContext } from '../context';
import { agendaService } from '../services/agenda/agenda';
import type { HandlersFor } from './types';

/** «Сроки» beyond claims and requests, and the sidebar badges. */
export const agendaHandlers = (ctx: AppContext): HandlersFor<typeof agendaContract> => {
  const agenda = agendaService(ctx);
  return {
    'agenda:overview': () => agenda.overview(),
    'agenda:badges': async () => {
      const b = await agenda.badges();
      return {
        deadlines: b.deadlines,
        correspondence: b.correspondence,
        breaches: b.breaches,
        recipients: b.recipients,
      };
    },
  };
};
