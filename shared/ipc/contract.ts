import { z } from 'zod';
import type { ChannelName } from './channels';
import { agendaContract } from './contracts/agenda';
import { breachesContract } from './contracts/breaches';
import { coreContract } from './contracts/core';
import { correspondenceContract } from './contracts/correspondence';
import { demoContract } from './contracts/demo';
import { desktopContract } from './contracts/desktop';
import { evidenceContract } from './contracts/evidence';
import { ledgerContract } from './contracts/ledger';
import { listPagesContract } from './contracts/listPages';
import { policiesContract } from './contracts/policies';
import { transferNoticesContract } from './contracts/transferNotices';

/**
 * The single IPC contract: channel `domain:verb` -> input schema (parsed in the main process before
 * any service sees the payload) and output schema. Each capability keeps its part in contracts/.
 */
export const contract = {
  ...coreContract,
  ...ledgerContract,
  ...correspondenceContract,
  ...breachesContract,
  ...policiesContract,
  ...transferNoticesContract,
  ...desktopContract,
  ...agendaContract,
  ...evidenceContract,
  ...demoContract,
  ...listPagesContract,
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

// Every listed channel has a schema and every schema is listed.
type Missing = Exclude<ChannelName, Channel> | Exclude<Channel, ChannelName>;
export const contractMatchesChannelList: [Missing] extends [never] ? true : Missing = true;

export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
