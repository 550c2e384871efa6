import { parseHTML } from 'linkedom';
import { collapseWrapperChains, type HtmlElement, textTimesDivDepth } from '../../../src/ingestion/parsers/html-wrappers.js';

const bodyOf = (html: string): HtmlElement => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as HtmlElement;
// Whitespace between tags is left where it was; only the elements matter here.
const markup = (body: HtmlElement): string => (body as unknown as { innerHTML: string }).innerHTML.replace(/>\s+</g, '><');

describe('folding chains of wrapper <div>s', () => {
  it('given three wrappers holding only the next one, when folded, then one <div> with their classes and the outer id', () => {
    const body = bodyOf('<div id="page" class="a"> <div class="b" id="inner">\n<div class="c"><p>Text.</p></div></div></div>');
    collapseWrapperChains(body);
    expect(markup(body)).toBe('<div id="page" class="a b c"><p>Text.</p></div>');
  });

  it('given a wrapper that also holds words of its own, when folded, then it stays', () => {
    const body = bodyOf('<div>Lead words<div><p>Text.</p></div></div>');
    collapseWrapperChains(body);
    expect(markup(body)).toBe('<div>Lead words<div><p>Text.</p></div></div>');
  });

  it('given a wrapper around two blocks, when folded, then both stay inside it', () => {
    const body = bodyOf('<div><div><p>One.</p></div><div><p>Two.</p></div></div>');
    collapseWrapperChains(body);
    expect(markup(body)).toBe('<div><div><p>One.</p></div><div><p>Two.</p></div></div>');
  });

  it('given a <section> around a <div>, when folded, then both stay: only <div> chains fold', () => {
    const body = bodyOf('<section><div><p>Text.</p></div></section>');
    collapseWrapperChains(body);
    expect(markup(body)).toBe('<section><div><p>Text.</p></div></section>');
  });
});

describe('text times <div> depth', () => {
  it('given text at two depths and a script, when weighed, then each text counts times its <div>s and the script not at all', () => {
    const body = bodyOf('<div>abc<div>de<script>var x = 1;</script></div></div><p>f</p>');
    expect(textTimesDivDepth(body)).toBe(3 * 1 + 2 * 2);
  });
});
