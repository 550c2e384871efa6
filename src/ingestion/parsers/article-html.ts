import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { err, ok, type Result } from '../../domain/shared/result.js';
import { cleanLabel, type UnwrappedArticle } from './article-json.js';
import { publicationTime } from './article-parser.js';
import { type DocumentParseError, parseError } from './document-parse-error.js';
import { collapseWrapperChains, type HtmlElement, textTimesDivDepth } from './html-wrappers.js';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_PAGE_TEXT_LENGTH, MAX_TEXT_TIMES_DIV_DEPTH } from './text-checks.js';

// Blocks whose text is one paragraph of the stored body; a block holding other blocks is read through them.
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/**
 * Walks the tree without recursion (the point is a tree too deep for the stack), stopping at
 * the first element past either limit.
 */
function pastLimits(root: HtmlElement): 'too deep' | 'too many' | null {
  let node: HtmlElement | null = root.firstElementChild;
  let depth = 1;
  let elements = 0;
  while (node !== null) {
    if (depth > MAX_HTML_DEPTH) return 'too deep';
    if (++elements > MAX_HTML_ELEMENTS) return 'too many';
    if (node.firstElementChild !== null) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node !== null && node !== root && node.nextElementSibling === null) {
      node = node.parentElement;
      depth--;
    }
    node = node === null || node === root ? null : node.nextElementSibling;
  }
  return null;
}

/** The body's text without scripts and styles, which Readability drops: the text it walks again and again. */
function textOutsideCode(page: HtmlElement): number {
  const body = page.querySelector('body');
  if (body === null) return 0;
  let code = 0;
  for (const element of body.querySelectorAll('script, style, noscript, template')) code += element.textContent?.length ?? 0;
  return (body.textContent?.length ?? 0) - code;
}

/** Blocks holding no other block, found in one pass rather than one selector query per block. */
function innermostBlocks(content: HtmlElement): HtmlElement[] {
  const blocks = [...content.querySelectorAll(BLOCKS)];
  const all = new Set(blocks);
  const holders = new Set<HtmlElement>();
  for (const block of blocks) {
    for (let up = block.parentElement; up !== null; up = up.parentElement) {
      if (all.has(up)) {
        holders.add(up);
        break;
      }
    }
  }
  return blocks.filter((block) => !holders.has(block));
}

const attribute = (document: HtmlElement, selector: string, name: string): string | null =>
  document.querySelector(selector)?.getAttribute(name) ?? null;

/**
 * A saved web page as an article. The stored text is the readable text Readability finds: one
 * paragraph per block, blank lines between, entities decoded and whitespace collapsed, so
 * quote offsets point into that text, not into the HTML; the page itself is kept only as its
 * digest. Title, time and publisher come from JSON-LD, Open Graph (`og:title`,
 * `article:published_time`, `og:site_name`) or `<title>`, as Readability reads them; the url
 * from `og:url` or the canonical link.
 */
export function readHtmlArticle(html: string): Result<UnwrappedArticle, DocumentParseError> {
  const { document } = parseHTML(html);
  const page = document as unknown as HtmlElement;
  const shape = pastLimits(page);
  if (shape === 'too deep') return err(parseError('HTML_TOO_DEEP', `The HTML page nests elements more than ${MAX_HTML_DEPTH} deep`));
  if (shape === 'too many') return err(parseError('TOO_MANY_ELEMENTS', `The HTML page has more than ${MAX_HTML_ELEMENTS} elements`));
  const url = cleanLabel(attribute(page, 'meta[property="og:url"]', 'content') ?? attribute(page, 'link[rel="canonical"]', 'href'));
  const pageText = textOutsideCode(page);
  if (pageText > MAX_PAGE_TEXT_LENGTH) {
    return err(parseError('DOCUMENT_TOO_LARGE', `The HTML page holds ${pageText} characters of text; at most ${MAX_PAGE_TEXT_LENGTH} are read`));
  }
  const body = page.querySelector('body');
  if (body !== null) {
    collapseWrapperChains(body);
    const weight = textTimesDivDepth(body);
    if (weight > MAX_TEXT_TIMES_DIV_DEPTH) {
      return err(parseError('HTML_TOO_DEEP', `The HTML page nests its text in too many <div>s: ${weight} characters times their <div> depth; at most ${MAX_TEXT_TIMES_DIV_DEPTH}`));
    }
  }
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const content = article?.content ? (parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document as unknown as HtmlElement) : null;
  const blocks = content === null ? [] : innermostBlocks(content);
  const paragraphs = blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
  if (paragraphs.length === 0) {
    return err(parseError('NO_TEXT', 'The HTML page has no readable article text (Readability found no paragraphs)'));
  }
  const time = article?.publishedTime ? publicationTime(article.publishedTime.trim()) : null;
  return ok({
    body: paragraphs.join('\n\n'),
    title: cleanLabel(article?.title),
    url,
    publisher: cleanLabel(article?.siteName),
    publishedAt: time,
  });
}
