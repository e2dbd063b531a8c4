import type { FromWebview } from '../shared/views/viewMessages';

// The one way the page talks to the extension. VS Code's webview API also has setState/getState; they are
// left out of this declaration on purpose, so a call to them does not compile: the page keeps nothing
// (tokens included) beyond its life, and asks for its model again each time it loads.
interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export type Post = (message: FromWebview) => void;

/** acquireVsCodeApi() may be called once per page, so main.ts calls this once. */
export function connectToExtension(): Post {
  const api = acquireVsCodeApi();
  return (message) => api.postMessage(message);
}
