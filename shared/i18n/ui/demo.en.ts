/** Demonstration data: loading with its progress, the start page's panel, removal (merged under `demo`). */
export const demoEn = {
  loading: 'Loading demo data',
  steps: {
    organisations: 'Shops: Kyrgyzstan, Kazakhstan, Russia',
    recipients: 'Recipient registers',
    orderFile: 'Order export: 3,000 rows',
    import: 'Importing the export into the subject ledger',
    records: 'Claims, requests, an answer and a block',
    incident: 'An incident with notification clocks',
  },
  loaded: 'Demo data loaded',
  alreadyLoaded: 'The demo data is already loaded — nothing added',
  panel: {
    title: 'Demo data',
    badge: 'Demo',
    lead: 'Examples to explore the app. To the app they are real records: they are in the audit trail and in printed documents. Remove them when you start work with your own shops.',
    shops: 'Shops',
    recipients: 'Recipients in the registers',
    orders: 'Orders from the imported export',
    correspondence: 'Claims and requests: {{overdue}} overdue, {{answered}} answered',
    incidents: 'Incidents: {{clocks}} notification clocks running',
    blocks: 'Blocks in force',
    open: 'Open',
    remove: 'Remove demo data…',
    removeTitle: 'Remove the demo data?',
    removeText:
      'The demo shops ({{names}}) go to the archive with all their records. Nothing is deleted: the records stay in the audit trail, and the shops can be restored from the archive under «Organisations».',
    removeConfirm: 'Move to the archive',
    removed: 'Demo shops moved to the archive: {{count}}',
  },
};
