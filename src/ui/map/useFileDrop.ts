/** Files dropped on an element: its drag handlers, and whether a file is being dragged over it (for a hint). */
import { type DragEvent, useMemo, useState } from 'react';

export interface FileDrop {
  over: boolean;
  handlers: {
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  };
}

/** `onFile` gets the first file dropped; drags of anything but files (text, links) are left alone. */
export function useFileDrop(onFile: (file: File) => void): FileDrop {
  const [over, setOver] = useState(false);
  const handlers = useMemo(
    () => ({
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (!carriesFiles(event)) return;
        // Without this the browser would open the file itself, leaving the studio.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: (event: DragEvent<HTMLElement>) => {
        // Moving onto a child (the map canvas, a control) is not leaving.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      },
    }),
    [onFile],
  );
  return { over, handlers };
}

const carriesFiles = (event: DragEvent<HTMLElement>) => event.dataTransfer.types.includes('Files');
