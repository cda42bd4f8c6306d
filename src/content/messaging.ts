// Messages to the background. If messaging fails the extension was reloaded, updated or removed under the page
// ("Extension context invalidated"): this copy of the script then ends itself and removes its UI.
import type { Message } from '../shared/messages.js';
import type { ContentContext } from './context.js';

export async function send<T = unknown>(ctx: ContentContext, message: Message): Promise<T | undefined> {
  if (!ctx.runtimeAlive()) {
    ctx.abort('extension context invalidated');
    return undefined;
  }
  try {
    return (await chrome.runtime.sendMessage(message)) as T;
  } catch (error) {
    console.debug('[post-coach] messaging failed, stopping', message.type, error);
    ctx.abort('extension context invalidated');
    return undefined;
  }
}
