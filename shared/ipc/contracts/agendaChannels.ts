/** Channels of «Сроки» beyond claims and requests (shared/ipc/contracts/agenda.ts). */
export const agendaChannels = ['agenda:overview', 'agenda:badges'] as const;
