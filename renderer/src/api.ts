import type { Api } from '../../shared/ipc/api';
import type { Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    api: Api;
  }
}

/** The only way the renderer talks to the main process. */
export const api = (): Api => window.api;

/** Calls the API and turns a rejected promise (a broken bridge) into a failed Result. */
export const call = async <T>(invoke: (api: Api) => Promise<Result<T>>): Promise<Result<T>> => {
  try {
    return await invoke(window.api);
  } catch {
    // The bridge itself failed (the main process went away): a translated sentence, never its raw text.
    return { ok: false, error: { code: 'INTERNAL', message: 'errors.bridge' } };
  }
};
