import { DocumentFormat, readProse } from '../text/prose';
import type { AnnotationId, FactAnnotation } from './annotation';

/** The `[@fact:…]` annotations of a draft, outside code, in document order. */
export function parseAnnotations(text: string, format: DocumentFormat): FactAnnotation[] {
  return readProse(text, format).annotations;
}

/**
 * The annotation id at an offset (a cursor), with its annotation: where completion, hover and
 * definition act. The offset may stand anywhere from the id's first character to just after its last.
 */
export function annotationIdAt(annotations: readonly FactAnnotation[], offset: number): { annotation: FactAnnotation; id: AnnotationId } | undefined {
  for (const annotation of annotations) {
    if (offset < annotation.start || offset > annotation.end) continue;
    const id = annotation.ids.find((i) => offset >= i.start && offset <= i.end);
    if (id) return { annotation, id };
  }
  return undefined;
}
