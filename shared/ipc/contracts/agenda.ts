import { Agenda, AgendaBadges } from '../../domain/agenda';
import { NoInput } from './noInput';

/**
 * «Сроки»: breach notice clocks, recipients' review dates and contract ends, blocks in force and
 * calendars about to run out (claims and requests come from `deadlines:overview`), and the overdue
 * counts shown as sidebar badges.
 */
export const agendaContract = {
  'agenda:overview': { input: NoInput, output: Agenda },
  'agenda:badges': { input: NoInput, output: AgendaBadges },
} as const;
