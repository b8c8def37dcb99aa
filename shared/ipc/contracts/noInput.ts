import { z } from 'zod';

/** A channel that takes no payload (the renderer sends null). */
export const NoInput = z
  .undefined()
  .or(z.null())
  .transform(() => undefined);
