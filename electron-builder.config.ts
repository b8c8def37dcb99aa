// Packaging: `npm run package` (needs the Electron runtime download); `npm run package:check` builds
// the unpacked Linux and Windows layouts with a stand-in Electron and checks them (tests/package/).
import type { Configuration } from 'electron-builder';
import { RESOURCE_FOLDERS } from './electron/runtimeAssets';
import { checkNativeBinaries } from './scripts/packaging/nativeBinaries';

const config: Configuration = {
  appId: 'kg.compliancedesk.app',
  productName: 'Compliance Desk',
  copyright: 'Copyright © 2026 Compliance Desk',
  directories: { output: 'dist', buildResources: 'build' },
  files: [
    'out/**',
    'package.json',
    '!**/*.map',
    // sqlite3's sources and build intermediates: only lib/ and build/Release/node_sqlite3.node run.
    '!**/node_modules/sqlite3/{deps,src,node-addon-api,build/deps,build/Release/obj,build/Release/.deps}/**',
  ],
  // Every resource folder the main process reads, from the one list (electron/runtimeAssets.ts).
  extraResources: [{ from: 'resources', to: 'resources', filter: RESOURCE_FOLDERS.map((f) => `${f}/**`) }],
  asar: true,
  asarUnpack: ['**/node_modules/sqlite3/**'],
  npmRebuild: false, // sqlite3 is N-API: the same binary loads in Node and in Electron
  // A native binary built for another platform would make the installer fail on first start.
  afterPack: checkNativeBinaries,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    // The renderer is served from app:// (electron/platform/appProtocol.ts), so file:// needs no extras.
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icons/icon.ico',
    artifactName: '${productName}-${version}-setup.${ext}',
  },
  nsis: {
    // Assisted installer for the current user only (no administrator rights, no install-mode page:
    // build/installer.nsh forces it); Russian; Start-menu entry; the data folder is never removed.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    language: '1049',
    installerLanguages: ['ru_RU'],
    multiLanguageInstaller: false,
    installerIcon: 'resources/icons/icon.ico',
    uninstallerIcon: 'resources/icons/icon.ico',
    createStartMenuShortcut: true,
    createDesktopShortcut: true,
    shortcutName: 'Compliance Desk',
    deleteAppDataOnUninstall: false,
    include: 'build/installer.nsh',
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons/png',
    category: 'Office',
    maintainer: 'Compliance Desk <support@compliancedesk.kg>',
    synopsis: 'Personal-data compliance registers for online shops',
  },
  mac: {
    target: ['dmg'],
    icon: 'resources/icons/icon.icns',
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  // No fileAssociations and no protocols: the app claims no file type and no URL scheme.
};

export default config;
