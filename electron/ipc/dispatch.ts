import { z } from 'zod';
import { contract, type Channel } from '../../shared/ipc/contract';
import { DomainError, type Result } from '../../shared/ipc/result';
import type { Handlers } from '../handlers';

const isChannel = (channel: string): channel is Channel =>
  Object.prototype.hasOwnProperty.call(contract, channel);

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

/**
 * Validates an untrusted payload against the channel's input schema, calls the handler and turns
 * every outcome into a Result: nothing crosses the process boundary as an exception.
 */
export const dispatch = async (
  handlers: Handlers,
  channel: string,
  raw: unknown,
): Promise<Result<unknown>> => {
  if (!isChannel(channel))
    return { ok: false, error: { code: 'FORBIDDEN', message: 'errors.unknownChannel' } };
  const parsed = contract[channel].input.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'VALIDATION', message: 'errors.validation', fieldErrors: fieldErrorsOf(parsed.error) },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.message,
          ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
          ...(error.params ? { params: error.params } : {}),
        },
      };
    }
    console.error(`[ipc] ${channel} failed`, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    };
  }
};
