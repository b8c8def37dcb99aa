/** English texts of the evidence and reliability errors (merged into `errors.*`). */
export const evidenceErrorsEn = {
  unknownChannel: 'Unknown application command',
  reference: 'Error reference for support: {{reference}}.',
  bridge: 'The connection to the application’s main process was lost. Restart the application.',
  recoveryMode: 'The database is not open: the application is in recovery mode. Restore a backup.',
  io: {
    busy: 'The database is busy with another operation. Wait a moment and try again.',
    diskFull:
      'The disk is full. Nothing was saved — free space on the disk of the data folder and try again.',
    isDirectory: 'A folder was chosen, not a file. Choose a file.',
    notFound: 'The file or folder was not found: it may have been moved or deleted.',
    accessDenied:
      'No permission to access the file or folder. Choose another place or check the permissions.',
    fileLocked: 'The file is in use by another program. Close it and try again.',
    readOnly: 'The folder or disk is read-only. Choose another place.',
    corrupt: 'The database file is damaged. Restore a backup.',
    ioError: 'A disk read or write error occurred. Check the disk and try again.',
    tooManyFiles: 'Too many files are open. Close other programs and try again.',
  },
  jobs: {
    restoreRunning: 'A backup is being restored — wait until it has finished.',
  },
  restore: {
    jobsRunning:
      'The backup cannot be restored while this is running: {{jobs}}. Wait for it to finish or cancel it.',
    notFound: 'The backup was not found: the file may have been deleted.',
    rejected: 'This backup cannot be restored: {{problems}}',
    confirmWarnings: 'Confirm the restore: the backup has warnings.',
    rolledBack: 'The restore failed and the previous database was put back — nothing changed.',
  },
  attachment: {
    executable:
      'The file looks like a program or script ({{type}}). Such files are not attached: they could run code on this computer.',
    notViewable:
      'Files of this type are not opened from the application. The file is shown in its folder — open it only if you trust its source.',
    missing: 'The stored file was not found in the data folder.',
    changed: 'The stored file has changed: its SHA-256 differs from the one recorded when it was attached.',
  },
  audit: {
    sealFile: 'The file is not a Compliance Desk audit seal.',
  },
} as const;
