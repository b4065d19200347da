/**
 * A small strict XML reader for the feed tests: it throws on anything that is not well-formed
 * XML 1.0 (unbalanced or crossed tags, unquoted or duplicate attributes, a bare & or <, an
 * unknown entity, a control character, text after the root) and returns the element tree.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (entities decoded), without its children's text. */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  if (/<|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(raw)) throw new Error(`illegal character in text near offset ${at}`);
  return raw.replace(/&([^;]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new Error(`bare & near offset ${at}`);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity &${name}; near offset ${at}`);
    return value;
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const prolog = /^<\?xml[^?]*\?>\s*/.exec(source);
  if (prolog) i = prolog[0].length;
  while (i < source.length) {
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      if (end < 0 || stack.length === 0) throw new Error('misplaced CDATA');
      stack.at(-1)!.text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith('</', i)) {
      const name = NAME.exec(source.slice(i + 2))?.[0];
      const close = source.indexOf('>', i);
      const open = stack.pop();
      if (!name || !open || open.name !== name || source.slice(i + 2 + name.length, close).trim() !== '') {
        throw new Error(`closing tag </${name}> does not match <${open?.name}> at offset ${i}`);
      }
      i = close + 1;
    } else if (source[i] === '<') {
      const name = NAME.exec(source.slice(i + 1))?.[0];
      if (!name) throw new Error(`bad tag at offset ${i}`);
      if (root && stack.length === 0) throw new Error(`a second root element <${name}>`);
      i += 1 + name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const space = /^\s*/.exec(source.slice(i))![0];
        i += space.length;
        if (source.startsWith('/>', i) || source[i] === '>') break;
        const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i));
        if (!attr || space === '') throw new Error(`bad attribute in <${name}> at offset ${i}`);
        if (attr[1]! in element.attributes) throw new Error(`duplicate attribute ${attr[1]} in <${name}>`);
        element.attributes[attr[1]!] = decode(attr[3] ?? attr[4] ?? '', i);
        i += attr[0].length;
      }
      (stack.at(-1)?.children ?? []).push(element);
      root ??= element;
      if (source.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push(element);
      }
    } else {
      const next = source.indexOf('<', i);
      const raw = source.slice(i, next < 0 ? source.length : next);
      if (stack.length === 0) {
        if (raw.trim() !== '') throw new Error(`text outside the root element at offset ${i}`);
      } else stack.at(-1)!.text += decode(raw, i);
      i += raw.length;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Children by name, e.g. `all(channel, 'item')`. */
export function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The one child of that name; throws when there is none. */
export function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name)[0];
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
