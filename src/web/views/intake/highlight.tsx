// The document's text with the passages proposals came from marked, each with an anchor the proposals link to.
import type { Proposals, Span } from '../../../intake/types.ts';

/** Every span of the proposals, without overlaps (the earlier, then longer one wins). */
export function allSpans(p: Proposals): Span[] {
  const spans = [
    ...p.persons,
    ...p.organisations,
    ...p.events,
    ...p.acts,
    ...p.addressees,
    ...p.signatories,
    ...(p.occasion ? [p.occasion] : []),
    ...(p.counts ?? []),
  ].flatMap((x) => x.spans);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/** The anchor id of a span. */
export const spanId = (s: Span) => `s${s.start}`;

/** The text, with <mark> around each span. Whitespace is kept by the "prewrap" class. */
export function HighlightedText(props: { text: string; spans: readonly Span[] }) {
  const parts: (string | ReturnType<typeof Mark>)[] = [];
  let at = 0;
  for (const s of props.spans) {
    if (s.start < at || s.end > props.text.length) continue;
    parts.push(props.text.slice(at, s.start));
    parts.push(<Mark span={s} />);
    at = s.end;
  }
  parts.push(props.text.slice(at));
  return <div class="prewrap document-text">{parts}</div>;
}

function Mark(props: { span: Span }) {
  return <mark id={spanId(props.span)}>{props.span.text}</mark>;
}

/** "Written in the document: …" links to the marked passages a proposal came from. */
export function SpanLinks(props: { spans: readonly Span[]; marked: ReadonlySet<number> }) {
  const shown = props.spans.slice(0, 4);
  return (
    <span class="meta">
      {shown.map((s, n) => (
        <>
          {n > 0 ? ' · ' : ''}
          {props.marked.has(s.start) ? <a href={`#${spanId(s)}`}>{`“${s.text}”`}</a> : `“${s.text}”`}
        </>
      ))}
      {props.spans.length > shown.length ? ` (+${props.spans.length - shown.length})` : ''}
    </span>
  );
}
