// Finds user-facing text written into code rather than the locale files. It parses TypeScript
// (Rolldown's parser, which Vite builds with) and flags a string or template literal when
//   - it is shown to the player: assigned to textContent, innerText, innerHTML, title,
//     placeholder, alt or an aria-* property, set as such an attribute, or handed to the DOM
//     helpers as text (`el(tag, class, parent, TEXT)`, `setText(node, TEXT)`); or
//   - it reads like prose anywhere: words of letters separated by spaces, starting with a capital
//     or three words long ("Play now", "lines an hour").
// Strings that only steer code are left alone: imports, types, object keys, comparisons, event
// names, selectors, class lists, attribute names, i18n keys, errors for developers and the log.
import { parseAst } from 'rolldown/parseAst';

export interface Finding {
  readonly line: number;
  readonly text: string;
  readonly why: 'shown' | 'prose';
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/** Properties and attributes whose value the player reads (or hears). */
const SHOWN_PROPERTIES = new Set([
  'textContent',
  'innerText',
  'innerHTML',
  'outerHTML',
  'title',
  'placeholder',
  'alt',
  'label',
  'ariaLabel',
  'ariaDescription',
  'ariaRoleDescription',
  'ariaValueText',
  'ariaPlaceholder',
]);
const SHOWN_ATTRIBUTE =
  /^(title|placeholder|alt|label|aria-(label|description|roledescription|valuetext|placeholder))$/;

/** Calls whose arguments are code, not text: the first argument unless said otherwise. */
const CODE_CALLS = new Set([
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'getElementById',
  'createElement',
  'createElementNS',
  'getAttribute',
  'hasAttribute',
  'removeAttribute',
  'toggleAttribute',
  'add',
  'remove',
  'toggle',
  'contains',
  'replace',
  'setProperty',
  'getPropertyValue',
  'matchMedia',
  'getContext',
  'getExtension',
  // i18n keys and key lookups
  't',
  'exists',
  'tr',
  'tk',
  'has',
  'hasKey',
  'childKeys',
  'pickKey',
  'getResourceBundle',
  'hasResourceBundle',
  'changeLanguage',
  'on',
  'off',
  'emit',
  'once',
]);
/** Calls whose every argument is for developers (the log, assertions). */
const DEVELOPER_OBJECTS = new Set(['console']);

/** A literal that only steers code: a class list, a CSS value, an id, a MIME type, a key. */
function looksLikeCode(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (!/\p{L}/u.test(t)) return true; // symbols and numbers: ▶, ❚❚, 12, %
  // Class lists and ids: tokens of lower-case letters, digits, dashes and underscores, at least
  // one with a dash or digit (so plain lower-case words still count as words).
  if (/^[a-z0-9_-]+(\s+[a-z0-9_-]+)*$/.test(t) && /[-_0-9]/.test(t)) return true;
  // MIME types, paths, URLs, selectors, CSS and other punctuation-heavy code.
  if (/[{}<>=#$*\\|[\]@;]/.test(t) || /^[a-z]+\/[a-z0-9.+-]+$/i.test(t)) return true;
  if (/^[\w.-]+:[\w.-]+$/.test(t)) return true; // ns:key
  return false;
}

/** Words of letters, separated by spaces, that read like a sentence or a label. */
function looksLikeProse(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (looksLikeCode(t)) return false;
  const words = t.split(' ').filter((w) => /^[\p{L}][\p{L}'’-]*[.,:;!?…]*$/u.test(w));
  if (words.length < 2) return false;
  // Mostly words, not an expression with a word in it.
  if (words.length / t.split(' ').length < 0.6) return false;
  const capitalised = /^\p{Lu}/u.test(words[0] ?? '');
  // CSS font lists ("Segoe UI", "Liberation Sans") are names, not prose.
  if (/,/.test(t) && /(sans|serif|mono|ui)\b/i.test(t)) return false;
  return capitalised || words.length >= 3;
}

const hasLetters = (text: string): boolean => /\p{L}/u.test(text) && !looksLikeCode(text);

function calleeName(callee: unknown): { name: string; object: string } {
  if (!isNode(callee)) return { name: '', object: '' };
  if (callee.type === 'Identifier') return { name: String(callee.name), object: '' };
  if (callee.type === 'MemberExpression' && isNode(callee.property)) {
    const obj = callee.object;
    const object = isNode(obj) && obj.type === 'Identifier' ? String(obj.name) : '';
    return { name: String(callee.property.name ?? ''), object };
  }
  return { name: '', object: '' };
}

function textOf(node: Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as Array<{ value: { cooked: string | null } }>;
    return quasis.map((q) => q.value.cooked ?? '').join(' ');
  }
  return null;
}

/** Every user-facing literal in one TypeScript source. */
export function scanSource(source: string, fileName = 'file.ts'): Finding[] {
  const ast = parseAst(source, { lang: fileName.endsWith('x') ? 'tsx' : 'ts' }, fileName);
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const findings: Finding[] = [];
  const report = (node: Node, why: Finding['why']): void => {
    const text = textOf(node);
    if (text !== null) findings.push({ line: lineOf(node.start), text, why });
  };

  /** Checks a literal in a place where it is shown to the player. */
  const shown = (node: unknown): void => {
    if (!isNode(node)) return;
    if (node.type === 'ConditionalExpression') {
      shown(node.consequent);
      shown(node.alternate);
      return;
    }
    if (node.type === 'LogicalExpression') {
      shown(node.left);
      shown(node.right);
      return;
    }
    const text = textOf(node);
    if (text !== null && hasLetters(text)) report(node, 'shown');
  };

  const skip = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!isNode(node) || skip.has(node)) return;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ImportExpression':
      case 'TSLiteralType':
      case 'TSModuleDeclaration':
      case 'TSImportType':
      case 'TSEnumMember':
        return;
      case 'ExportNamedDeclaration':
        if (node.source) skip.add(node.source);
        break;
      case 'Property':
        if (!node.computed) skip.add(node.key);
        if (isNode(node.key) && SHOWN_PROPERTIES.has(String(node.key.name ?? ''))) {
          shown(node.value);
        }
        break;
      case 'MemberExpression':
        if (node.computed) skip.add(node.property);
        break;
      case 'BinaryExpression':
        // Comparisons and `in` test values the code knows: `e.key === 'Escape'`.
        if (['===', '!==', '==', '!=', 'in'].includes(String(node.operator))) {
          skip.add(node.left);
          skip.add(node.right);
        }
        break;
      case 'SwitchCase':
        skip.add(node.test);
        break;
      case 'ThrowStatement':
      case 'NewExpression': {
        // Errors are for developers; a screen that shows one translates it first.
        const callee = node.callee;
        if (
          node.type === 'ThrowStatement' ||
          (isNode(callee) && /Error$/.test(String(callee.name)))
        ) {
          return;
        }
        break;
      }
      case 'AssignmentExpression': {
        const left = node.left;
        if (isNode(left) && left.type === 'MemberExpression' && isNode(left.property)) {
          if (SHOWN_PROPERTIES.has(String(left.property.name ?? ''))) shown(node.right);
          // `style.x = '...'`, `dataset.x = '...'`, `className = '...'` hold code.
          const obj = left.object;
          if (
            [
              'className',
              'id',
              'type',
              'name',
              'value',
              'href',
              'src',
              'lang',
              'dir',
              'role',
            ].includes(String(left.property.name ?? '')) ||
            (isNode(obj) &&
              obj.type === 'MemberExpression' &&
              isNode(obj.property) &&
              ['style', 'dataset'].includes(String(obj.property.name ?? '')))
          ) {
            skip.add(node.right);
          }
        }
        break;
      }
      case 'CallExpression': {
        const { name, object } = calleeName(node.callee);
        const args = node.arguments as unknown[];
        if (DEVELOPER_OBJECTS.has(object)) return;
        if (name === 'setAttribute') {
          const attr = isNode(args[0]) ? textOf(args[0]) : null;
          skip.add(args[0]);
          if (attr !== null && SHOWN_ATTRIBUTE.test(attr)) shown(args[1]);
          else skip.add(args[1]);
        } else if (name === 'el') {
          // el(tag, className, parent, text)
          skip.add(args[0]);
          skip.add(args[1]);
          shown(args[3]);
          skip.add(args[3]);
        } else if (name === 'setText') {
          // The run screen's setText(node, text), or a Phaser text object's setText(text).
          shown(args[args.length - 1]);
          skip.add(args[args.length - 1]);
        } else if (name === 'text' && args.length >= 3) {
          // Phaser's scene.add.text(x, y, text, style)
          shown(args[2]);
          skip.add(args[2]);
        } else if (['alert', 'confirm', 'prompt'].includes(name)) {
          shown(args[0]);
        } else if (CODE_CALLS.has(name)) {
          skip.add(args[0]);
        }
        break;
      }
      case 'Literal':
      case 'TemplateLiteral': {
        const text = textOf(node);
        if (text !== null && looksLikeProse(text)) report(node, 'prose');
        break;
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      if (typeof value === 'object' && value !== null) visit(value);
    }
  };
  visit(ast);
  // One finding per literal (a shown literal is often prose as well).
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.line}|${f.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
