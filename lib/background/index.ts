// The background's public surface: `startBackground(env)` registers every listener synchronously and returns
// the composed services (tests call the handlers directly).
import { createBackground, type Background } from './background';
import type { BackgroundEnv } from './env';
import { createHandlers, registerEventListeners, registerMessageHandlers, type Handlers } from './handlers';

export { createBackground, type Background } from './background';
export { createHandlers, type Handlers, type Sender } from './handlers';
export type { BackgroundEnv } from './env';

export function startBackground(env: BackgroundEnv): { bg: Background; handlers: Handlers } {
  const bg = createBackground(env);
  const handlers = createHandlers(bg);
  registerMessageHandlers(handlers);
  registerEventListeners(bg);
  return { bg, handlers };
}
