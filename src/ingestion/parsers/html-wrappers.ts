/**
 * Readability reads the whole text under every `<div>` several times over (`_cleanConditionally`
 * and the density checks), so its time grows with the page's text times the number of `<div>`s
 * that text is nested in: 100,000 characters inside 61 bare wrappers took 0.55 s, the same text
 * inside one 60 ms. Pages built from "div soup" nest many wrappers that hold nothing but the
 * next wrapper; folding each such chain into one `<div>` keeps what Readability scores (tag,
 * classes, id) and drops the repeated reads.
 */

interface Node {
  readonly nodeType: number;
  readonly textContent: string | null;
}

/** The part of linkedom's DOM the page readers use. */
export interface HtmlElement extends Node {
  readonly tagName: string;
  readonly childNodes: ArrayLike<Node>;
  readonly children: ArrayLike<HtmlElement>;
  readonly parentElement: HtmlElement | null;
  readonly firstElementChild: HtmlElement | null;
  readonly nextElementSibling: HtmlElement | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  append(...nodes: Node[]): void;
  remove(): void;
}

const TEXT_NODE = 3;

/** A `<div>` whose only content is one `<div>` (whitespace aside): a wrapper of a wrapper. */
function soleDivChild(div: HtmlElement): HtmlElement | null {
  if (div.children.length !== 1 || div.children[0].tagName !== 'DIV') return null;
  for (const node of Array.from(div.childNodes)) {
    if (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '') return null;
  }
  return div.children[0];
}

/** Moves the inner wrapper's content into the outer one; classes are joined, the outer id kept (the inner one when it has none). */
function absorb(outer: HtmlElement, inner: HtmlElement): void {
  const classes = [outer.getAttribute('class'), inner.getAttribute('class')].filter((c): c is string => c !== null && c.trim() !== '');
  if (classes.length > 0) outer.setAttribute('class', classes.join(' '));
  const id = outer.getAttribute('id') ?? inner.getAttribute('id');
  if (id !== null) outer.setAttribute('id', id);
  outer.append(...Array.from(inner.childNodes));
  inner.remove();
}

export function collapseWrapperChains(root: HtmlElement): void {
  for (const div of Array.from(root.querySelectorAll('div'))) {
    if (div.parentElement === null) continue; // absorbed into its wrapper already
    for (let inner = soleDivChild(div); inner !== null; inner = soleDivChild(div)) absorb(div, inner);
  }
}

/**
 * Each text node's length times the `<div>`s around it: what Readability's time grows with
 * after the chains are folded (text that every level still holds some of its own).
 */
export function textTimesDivDepth(root: HtmlElement): number {
  let weight = 0;
  const walk: { readonly element: HtmlElement; readonly divs: number }[] = [{ element: root, divs: 0 }];
  for (let next = walk.pop(); next !== undefined; next = walk.pop()) {
    const divs = next.divs + (next.element.tagName === 'DIV' ? 1 : 0);
    for (const node of Array.from(next.element.childNodes)) {
      if (node.nodeType === TEXT_NODE) weight += (node.textContent ?? '').length * divs;
    }
    for (const child of Array.from(next.element.children)) {
      if (!['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(child.tagName)) walk.push({ element: child, divs });
    }
  }
  return weight;
}
