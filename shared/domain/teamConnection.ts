import { z } from 'zod';
import { optionalText, requiredText } from './common';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * How the app reaches a team database (the connection wizard's fields). The password is not part of
 * it: it is kept encrypted by the OS keychain (Electron safeStorage), never in the settings.
 */
export const TeamConnectionSettings = z
  .object({
    host: requiredText(255),
    port: z.number().int().min(1).max(65535).default(5432),
    database: requiredText(63),
    user: requiredText(63),
    /**
     * verify-full: the certificate chains to a trusted authority (the CA file, else the system's)
     * and names the host. verify-ca: chains only (a server reached by an address its certificate
     * does not name). disable: no TLS, for a server on this computer only.
     */
    tls: z.enum(['verify-full', 'verify-ca', 'disable']).default('verify-full'),
    /** PEM file of the authority that signed the server's certificate; empty: the system's authorities. */
    caFile: optionalText(1000),
  })
  .refine((c) => c.tls !== 'disable' || LOCAL_HOSTS.has(c.host.trim().toLowerCase()), {
    path: ['tls'],
    error: 'validation.team.tlsRequired',
  })
  .refine((c) => c.tls !== 'verify-ca' || c.caFile.trim() !== '', {
    path: ['caFile'],
    error: 'validation.team.caFileRequired',
  });
export type TeamConnectionSettings = z.output<typeof TeamConnectionSettings>;
