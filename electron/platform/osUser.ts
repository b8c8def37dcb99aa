import { userInfo } from 'node:os';

export const osUserName = (): string => {
  try {
    return userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'unknown';
  }
};
