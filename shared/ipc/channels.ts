import { agendaChannels } from './contracts/agendaChannels';
import { breachesChannels } from './contracts/breachesChannels';
import { coreChannels } from './contracts/coreChannels';
import { correspondenceChannels } from './contracts/correspondenceChannels';
import { demoChannels } from './contracts/demoChannels';
import { desktopChannels } from './contracts/desktopChannels';
import { evidenceChannels } from './contracts/evidenceChannels';
import { ledgerChannels } from './contracts/ledgerChannels';
import { listPagesChannels } from './contracts/listPagesChannels';
import { policiesChannels } from './contracts/policiesChannels';
import { transferNoticesChannels } from './contracts/transferNoticesChannels';

/**
 * Channel names of the IPC contract, as plain data: the sandboxed preload imports this list (and no
 * zod), and `contract.ts` is checked against it at compile time and by a unit test.
 */
export const channelNames = [
  ...coreChannels,
  ...ledgerChannels,
  ...correspondenceChannels,
  ...breachesChannels,
  ...policiesChannels,
  ...transferNoticesChannels,
  ...desktopChannels,
  ...agendaChannels,
  ...evidenceChannels,
  ...demoChannels,
  ...listPagesChannels,
] as const;

export type ChannelName = (typeof channelNames)[number];
