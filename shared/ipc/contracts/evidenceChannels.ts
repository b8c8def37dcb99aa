export const evidenceChannels = [
  'audit:list',
  'audit:exportCsv',
  'audit:verifySeal',
  'audit:seal',
  'audit:saveSeal',
  'audit:startupCheck',
  'audit:acknowledge',
  'backups:inspect',
  'recovery:startFresh',
] as const;
