/**
 * Copying text: the Clipboard API where the page may use it, else the old selection copy from a
 * field the player can also select by hand. Resolves to whether the text reached the clipboard.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && globalThis.isSecureContext && mayWriteClipboard()) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, an iframe without clipboard-write): try the selection below.
  }
  if (!field) return false;
  const before = field.value;
  field.value = text;
  field.focus();
  field.select();
  let done = false;
  try {
    // Deprecated, but the only way left where the Clipboard API is refused.
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  field.value = before;
  field.select();
  return done;
}

/**
 * A copy button's press: `text` to the clipboard through `field`, which shows `shown` again
 * afterwards; `status` says how it went (`said.ok`, or `said.failed`), and on a failure the field
 * is selected for a copy by hand. Resolves to whether the text reached the clipboard.
 */
export async function copyAndSay(
  text: string,
  field: HTMLInputElement,
  shown: string,
  status: HTMLElement,
  said: { readonly ok: string; readonly failed: string },
): Promise<boolean> {
  const done = await copyText(text, field);
  field.value = shown;
  status.textContent = done ? said.ok : said.failed;
  if (!done) field.select();
  return done;
}

/**
 * False where the page's permissions policy refuses clipboard writes (a frame on another origin
 * not granted `clipboard-write`): the API would only fail there, and report it in the console.
 * Browsers that cannot tell say yes, and the API's own refusal is caught.
 */
function mayWriteClipboard(): boolean {
  const policy = (
    document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }
  ).featurePolicy;
  return policy?.allowsFeature('clipboard-write') ?? true;
}
