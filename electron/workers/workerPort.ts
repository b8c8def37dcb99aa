/**
 * The channel of a worker process to the main process: Electron's utilityProcess parentPort in the
 * app, Node's IPC (process.send) when forked in tests and benchmarks.
 */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}
const electronPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

export const sendToMain = (message: unknown): void => {
  if (electronPort) electronPort.postMessage(message);
  else process.send?.(message);
};

export const onMainMessage = (listener: (message: unknown) => void): void => {
  if (electronPort) electronPort.on('message', (event) => listener(event.data));
  else process.on('message', listener);
};
