/** One fact id written in an annotation: `karabakh-2023/former-armenian-residents` in `[@fact:…]`. */
export interface AnnotationId {
  /** The id as written; empty while a writer has typed only `[@fact:`. */
  id: string;
  /** Offsets of the id itself (after `@fact:`) in the document text: what completion replaces. */
  start: number;
  end: number;
}

/**
 * `[@fact:ID]` or `[@fact:a; @fact:b]` after a claim: the writer's word that the claims of that
 * sentence restate these facts. Offsets are UTF-16 code units into the document text.
 */
export interface FactAnnotation {
  /** From `[` to just after `]` (or, unclosed, to the end of what was typed). */
  start: number;
  end: number;
  ids: AnnotationId[];
  /** False while the writer is still typing (`[@fact:kara` with no `]` yet): not checked, only completed. */
  closed: boolean;
}

// `[`, items `@fact:ID` separated by `;`, then `]`. While it is unclosed, it ends after its last item,
// so that the rest of the line stays prose.
const ANNOTATION = /\[[ \t]*@fact:[^\s;,\][]*(?:[ \t]*;[ \t]*(?:@fact:[^\s;,\][]*)?)*(?:[ \t]*\])?/g;
const ITEM = /@fact:([^\s;,\][]*)/g;

/**
 * The annotations of a text in which code has been blanked (a prose mask), so that `[@fact:x]` in
 * a code span is not found. Anything but `@fact:ID` items between the brackets ("[@fact:a, p. 4]")
 * leaves the annotation unclosed: a writer's note is not silently read as an id.
 */
export function findAnnotations(prose: string): FactAnnotation[] {
  const out: FactAnnotation[] = [];
  for (const m of prose.matchAll(ANNOTATION)) {
    const start = m.index!;
    const closed = m[0].endsWith(']');
    const text = closed ? m[0] : m[0].trimEnd();
    const ids: AnnotationId[] = [];
    for (const item of text.matchAll(ITEM)) {
      const idStart = start + item.index! + '@fact:'.length;
      ids.push({ id: item[1], start: idStart, end: idStart + item[1].length });
    }
    out.push({ start, end: start + text.length, ids, closed });
  }
  return out;
}
