import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { SettingsStore } from './platform/ports';

export const restoreWindowBounds = (settings: SettingsStore): BrowserWindowConstructorOptions => {
  const bounds = settings.read().windowBounds;
  return bounds
    ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }
    : { width: 1366, height: 820 };
};

/** Remembers the window's position and size (and maximised state) when it closes. */
export const trackWindowBounds = (win: BrowserWindow, settings: SettingsStore): void => {
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds();
    settings.write({ windowBounds: { x, y, width, height, maximized: win.isMaximized() } });
  });
};
