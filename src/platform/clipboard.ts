/**
 * Writes text to the clipboard through the asynchronous Clipboard API. Resolves false, never
 * throws, where the API is missing or refused (an insecure page, a frame without permission):
 * the caller then selects the text for the player to copy by hand.
 */
export async function writeClipboard(text: string): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
