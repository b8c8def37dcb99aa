import type { Channel, ChannelInput, ChannelOutput } from './contract';
import type { Result } from './result';

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never;
type Verb<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

/** `window.api.recipients.create(input)` for channel `recipients:create`. */
export type Api = {
  [D in Domain<Channel>]: {
    [V in Verb<Channel, D>]: `${D}:${V}` extends infer C extends Channel
      ? undefined extends ChannelInput<C>
        ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
        : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
      : never;
  };
};

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * Builds the renderer's API object from the channel list. Used by the preload (over ipcRenderer)
 * and by the end-to-end harness (over a Playwright binding), so both expose the same shape.
 */
export const buildApi = (channelList: readonly string[], invoke: Invoke): Api => {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channelList) {
    const [domain, verb] = channel.split(':') as [string, string];
    const group = (api[domain] ??= {});
    group[verb] = (input?: unknown) => invoke(channel, input ?? null);
  }
  return api as unknown as Api;
};
