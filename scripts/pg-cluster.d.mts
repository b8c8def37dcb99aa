export const ADMIN_USER: string;
export function findPostgresBin(): string;
export function startCluster(): Promise<{ url: string; dir: string; port: number; caFile: string | null }>;
export function stopCluster(dir: string): void;
