// Turns a view into an HTML document. preact escapes every interpolated value, so text from the register is never markup.
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** The complete HTML document for a page view. */
export function renderDocument(view: VNode): string {
  return `<!doctype html>${render(view)}`;
}
