export const transferNoticesChannels = [
  'transferNotices:count',
  'transferNotices:create',
  'transferNotices:list',
  'transferNotices:print',
  'transferNotices:job',
  'transferNotices:cancel',
  'transferNotices:savePdf',
  'transferNotices:markSent',
] as const;
