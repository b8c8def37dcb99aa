export const transferNoticesChannels = [
  'notices:count',
  'notices:create',
  'notices:list',
  'notices:print',
  'notices:job',
  'notices:cancel',
  'notices:savePdf',
  'notices:markSent',
] as const;
