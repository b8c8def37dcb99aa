; Compliance Desk additions to electron-builder's assisted NSIS installer (nsis.include). The file is
; read as UTF-8 (electron-builder runs makensis with -INPUTCHARSET UTF8) before the installer pages.

; Always for the current user: no install-mode page and no administrator rights (the officer's
; workstation account is usually not an administrator).
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend

; The last page says where the registers live and that uninstalling keeps them
; (nsis.deleteAppDataOnUninstall is false: the data folder is never removed).
!define MUI_FINISHPAGE_TEXT_LARGE
!ifdef BUILD_UNINSTALLER
  !define MUI_FINISHPAGE_TEXT "Программа Compliance Desk удалена.$\r$\n$\r$\nПапка данных НЕ удалена: реестры, переписка, журнал аудита, вложения и резервные копии остались в папке$\r$\n$APPDATA\Compliance Desk$\r$\nПри повторной установке программа откроет их снова."
!else
  !define MUI_FINISHPAGE_TEXT "Программа Compliance Desk установлена.$\r$\n$\r$\nДанные (реестры, переписка, журнал аудита, вложения и резервные копии) хранятся в папке$\r$\n$APPDATA\Compliance Desk$\r$\nПри удалении программы эта папка не удаляется."
!endif
