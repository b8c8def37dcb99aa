import { z } from 'zod';
import { contract, type Channel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { Handlers } from '../handlers';
import { errorResultOf } from './errorResult';
import { unstorableTextErrors } from './payloadText';

const isChannel = (channel: unknown): channel is Channel =>
  typeof channel === 'string' && Object.prototype.hasOwnProperty.call(contract, channel);

/** zod issues -> { 'dot.path': ['validation.key', …] } */
export const fieldErrorsOf = (error: z.ZodError): Record<string, string[]> => {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    const message = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
    (fieldErrors[path] ??= []).push(message);
  }
  return fieldErrors;
};

const validationFailure = (fieldErrors: Record<string, string[]>): Result<never> => ({
  ok: false,
  error: { code: 'VALIDATION', message: 'errors.validation', fieldErrors },
});

const dispatchChannel = async (
  handlers: Handlers,
  channel: Channel,
  raw: unknown,
): Promise<Result<unknown>> => {
  const unstorable = unstorableTextErrors(raw);
  if (unstorable) return validationFailure(unstorable);
  const parsed = contract[channel].input.safeParse(raw);
  if (!parsed.success) return validationFailure(fieldErrorsOf(parsed.error));
  const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
  return { ok: true, value: await handler(parsed.data) };
};

/**
 * Validates an untrusted payload against the channel's input schema, calls the handler and turns
 * every outcome into a Result: nothing crosses the process boundary as an exception, and no raw
 * error text crosses it at all (see errorResultOf).
 */
export const dispatch = async (
  handlers: Handlers,
  channel: string,
  raw: unknown,
): Promise<Result<unknown>> => {
  if (!isChannel(channel))
    return { ok: false, error: { code: 'FORBIDDEN', message: 'errors.unknownChannel' } };
  try {
    return await dispatchChannel(handlers, channel, raw);
  } catch (error) {
    return { ok: false, error: errorResultOf(`ipc ${channel}`, error) };
  }
};
