/**
 * Where a callout that names an illustration's element goes on that element's box: a box outlines it; a
 * marker sits on its top-left corner, where it hides the least of the element's label, kept far enough
 * from the picture's edge to be seen whole. Shared by `npm run screenshots` and the content tests.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MARGIN = 12;

export function placeCallout(kind: 'marker' | 'box', box: Box): { x: number; y: number; w?: number; h?: number } {
  if (kind === 'box') return { x: box.x, y: box.y, w: box.w, h: box.h };
  return { x: Math.max(MARGIN, box.x), y: Math.max(MARGIN, box.y) };
}
