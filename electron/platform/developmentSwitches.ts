/**
 * Command-line switches that open the app to debugging or switch off its protections. Development
 * builds accept them; a packaged (installed) app refuses to start with any of them, so nobody can
 * attach DevTools or a debugger to the officer's registers through a shortcut's arguments.
 */
export const DEVELOPMENT_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
  'no-sandbox',
  'disable-web-security',
  'allow-file-access-from-files',
  'proxy-server',
] as const;

export const developmentSwitchesIn = (commandLine: { hasSwitch(name: string): boolean }): string[] =>
  DEVELOPMENT_SWITCHES.filter((name) => commandLine.hasSwitch(name));

export const developmentSwitchesMessage = (found: string[]): string =>
  'Установленная программа Compliance Desk не запускается с отладочными параметрами командной ' +
  `строки: ${found.map((name) => `--${name}`).join(', ')}. Запустите её без этих параметров.`;
