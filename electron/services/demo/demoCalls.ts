import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/ipc/contract';
import type { demoChannels } from '../../../shared/ipc/contracts/demoChannels';
import type { desktopChannels } from '../../../shared/ipc/contracts/desktopChannels';
import type { Handlers } from '../../handlers';

type RegisterChannel = Exclude<Channel, (typeof demoChannels)[number] | (typeof desktopChannels)[number]>;

/** The registers' handlers (everything but the demo and the desktop helpers built on top of them). */
export type Registers = Pick<Handlers, RegisterChannel>;

export type CallChannel = <C extends RegisterChannel>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>;

/**
 * The demo enters its records the way the page does: each payload is parsed by the channel's own
 * schema and goes through the channel's handler (services, validation, numbering, audit).
 */
export const channelCaller =
  (registers: Registers): CallChannel =>
  async (channel, input) => {
    const parsed: unknown = contract[channel].input.parse(input);
    const handler = registers[channel] as unknown as (
      input: unknown,
    ) => Promise<ChannelOutput<typeof channel>>;
    return handler(parsed);
  };
