/**
 * The timeline's scrolling element, owned by `Timeline` (the zoom scrolls it)
 * and handed to whichever view renders it.
 */
export interface TimelineViewport {
  viewport: HTMLDivElement | null;
  setViewport: (element: HTMLDivElement | null) => void;
  viewportHeight: number;
}
