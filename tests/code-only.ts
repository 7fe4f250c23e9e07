/** Source text reduced to its code, for the tests that scan the real files. */

/**
 * The code with comments, strings and template text blanked out, line breaks kept so line
 * numbers stay true, for the scanners that look for words or numbers in code (a word in a
 * comment or a message is not code). A template's `${...}` expressions are code, and stay.
 */
export function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  // For each template we are inside an expression of: the brace depth the expression opened at.
  const templates: number[] = [];
  let depth = 0;
  /** Blanks template text from i up to its end or its next `${`; returns where code resumes. */
  const templateText = (from: number): number => {
    let j = from;
    while (j < text.length && text[j] !== '`' && !(text[j] === '$' && text[j + 1] === '{')) {
      j += text[j] === '\\' ? 2 : 1;
    }
    if (text[j] === '`') {
      out += blank(text.slice(from, j + 1));
      return j + 1;
    }
    out += `${blank(text.slice(from, j))}\${`;
    templates.push(depth);
    depth += 1;
    return j + 2;
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += blank(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '`') {
      out += ' ';
      i = templateText(i + 1);
    } else if (c === '{') {
      depth += 1;
      out += c;
      i += 1;
    } else if (c === '}') {
      depth -= 1;
      out += c;
      i += 1;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        i = templateText(i);
      }
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}
