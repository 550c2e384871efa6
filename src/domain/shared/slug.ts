/** Lowercase ASCII words joined by hyphens: safe in URLs and stream ids. */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const slug = trimHyphens(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-'),
  );
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return trimHyphens(lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength));
}

/** Hyphens cut from both ends by scanning: an anchored `-+$` retries from every hyphen of a run. */
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '-') start++;
  while (end > start && text[end - 1] === '-') end--;
  return text.slice(start, end);
}
