import pg from 'pg';
import type { AuditEntity } from '../../../shared/domain/audit';

/** "Something of this kind changed in this organisation": enough to refresh a list, never the content. */
export interface ChangeNotice {
  entity: AuditEntity | string;
  organisationId: number | null;
}
export type ChangeListener = (notice: ChangeNotice) => void;

/**
 * Single-user mode: the audited-change helper announces its own committed changes here, so the
 * renderer refreshes the same way in both modes.
 */
export const localChanges = (() => {
  const listeners = new Set<ChangeListener>();
  return {
    emit: (notice: ChangeNotice) => listeners.forEach((listener) => listener(notice)),
    subscribe: (listener: ChangeListener): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
})();

export const CHANGE_CHANNEL = 'cd_changes';

/**
 * Team mode: one dedicated connection LISTENs to the server's change notifications (sent at commit
 * by cd_notify_changes). Returns a function that stops listening.
 */
export const listenForChanges = async (
  config: pg.ClientConfig,
  listener: ChangeListener,
): Promise<() => Promise<void>> => {
  const client = new pg.Client({ ...config, application_name: 'Compliance Desk (changes)' });
  client.on('error', () => undefined);
  await client.connect();
  client.on('notification', (message) => {
    if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
    const parsed = JSON.parse(message.payload) as { entity: string; organisationId: number | null };
    listener({ entity: parsed.entity, organisationId: parsed.organisationId });
  });
  await client.query(`LISTEN ${CHANGE_CHANNEL}`);
  return () => client.end();
};
