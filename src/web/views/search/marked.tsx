// Text with the words that matched a search wrapped in <mark>; the text itself is escaped like any other.
import type { Marked } from '../../../queries/search/rank.ts';

/** Renders marked text. */
export function MarkedText(props: { m: Marked }) {
  const { text, highlights } = props.m;
  const parts = [];
  let at = 0;
  for (const [s, e] of highlights) {
    if (s < at) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark>{text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
