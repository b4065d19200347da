import { SaxesParser } from 'saxes';

/**
 * The feed tests read XML with saxes, a parser that refuses anything that is not well-formed
 * XML 1.0 (crossed tags, a bare &, an unknown entity, a control character, two roots…), and
 * look at it as a plain element tree.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, entities decoded, without its children's text. */
  text: string;
}

/** The root element; throws at the first well-formedness error, with its line and column. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser();
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (found) => {
    error ??= found;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes } as Record<string, string>, children: [], text: '' };
    open.at(-1)?.children.push(element);
    root ??= element;
    open.push(element);
  });
  parser.on('closetag', () => open.pop());
  const addText = (text: string) => {
    const element = open.at(-1);
    if (element) element.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(source).close();
  if (error) throw error;
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
