/**
 * Channel names of the IPC contract, as plain data: the sandboxed preload imports this list (and no
 * zod), and `contract.ts` is checked against it at compile time and by a unit test.
 */
export const channelNames = [
  'app:info',
  'settings:get',
  'settings:update',
  'organisations:list',
  'organisations:get',
  'organisations:create',
  'organisations:update',
  'organisations:archive',
  'organisations:restore',
  'recipients:list',
  'recipients:get',
  'recipients:create',
  'recipients:update',
  'recipients:archive',
  'recipients:restore',
  'recipients:attachContract',
  'recipients:openContract',
  'recipients:export',
  'audit:history',
  'audit:verify',
  'backups:list',
  'backups:create',
  'backups:restore',
  'documents:preview',
  'documents:print',
  'documents:savePdf',
  'demo:load',
] as const;

export type ChannelName = (typeof channelNames)[number];
