// Messages to the background. If messaging fails the extension was reloaded, updated or removed under the page
// ("Extension context invalidated"): this copy of the script then ends itself and removes its UI.
import { isMessageError, type Message } from '../shared/messages.js';
import type { ContentContext } from './context.js';

export async function send<T = unknown>(ctx: ContentContext, message: Message): Promise<T | undefined> {
  if (!ctx.runtimeAlive()) {
    ctx.abort('extension context invalidated');
    return undefined;
  }
  let answer: unknown;
  try {
    answer = await chrome.runtime.sendMessage(message);
  } catch (error) {
    console.debug('[post-coach] messaging failed, stopping', message.type, error);
    ctx.abort('extension context invalidated');
    return undefined;
  }
  // Refused or failed in the background: this message had no effect, but the extension is alive, so carry on.
  if (isMessageError(answer)) {
    console.debug('[post-coach] background answered', message.type, answer.error);
    return undefined;
  }
  return answer as T;
}
