/** http(s) URLs in plain text (up to the next space or closing bracket/quote). */
const URL_RE = /\bhttps?:\/\/[^\s<>"'“”‘’)\]]+/g;

/**
 * Plain note text with http(s) URLs shown as links; everything else, including markup, renders as
 * text. Trailing sentence punctuation stays outside the link.
 */
export function NoteText({ text }: { text: string }) {
  const parts: Array<string | { href: string }> = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const href = m[0].replace(/[.,;:!?]+$/, '');
    const at = m.index ?? 0;
    parts.push(text.slice(last, at), { href });
    last = at + href.length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <a key={i} href={p.href} target="_blank" rel="noopener noreferrer">
            {p.href}
          </a>
        ),
      )}
    </>
  );
}
