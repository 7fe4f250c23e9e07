/**
 * The page's own description (`<meta name="description">`), which search engines and link
 * previews read: index.html carries the English one, and each view writes its own in the
 * player's language once its text is in.
 */
export function setPageDescription(doc: Document, text: string): void {
  let meta = doc.head.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = doc.createElement('meta');
    meta.name = 'description';
    doc.head.append(meta);
  }
  meta.content = text;
}
