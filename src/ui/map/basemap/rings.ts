/**
 * Multipolygon rings from their member ways. OpenStreetMap splits a long
 * boundary (a shore, a park edge) into several ways, listed in any order and
 * drawn in either direction; they are joined end to end where they share a
 * node. A chain that does not close (a member missing from a clipped extract)
 * is dropped: filling it would invent an edge across whatever lies between.
 */

/** Closed rings of node indices, first index repeated last. */
export function assembleRings(pieces: readonly (readonly number[])[]): number[][] {
  const rings: number[][] = [];
  const used = new Uint8Array(pieces.length);
  const piecesAtEnd = new Map<number, number[]>();
  pieces.forEach((piece, i) => {
    const first = piece[0]!;
    const last = piece[piece.length - 1]!;
    if (piece.length < 2 || first === last) {
      used[i] = 1;
      if (isRing(piece)) rings.push([...piece]);
      return;
    }
    atEnd(piecesAtEnd, first).push(i);
    atEnd(piecesAtEnd, last).push(i);
  });

  for (let start = 0; start < pieces.length; start++) {
    if (used[start]) continue;
    used[start] = 1;
    const ring = [...pieces[start]!];
    for (;;) {
      const end = ring[ring.length - 1]!;
      if (end === ring[0]) break;
      const next = piecesAtEnd.get(end)?.find((j) => !used[j]);
      if (next === undefined) break;
      used[next] = 1;
      appendPiece(ring, pieces[next]!, end);
    }
    if (isRing(ring)) rings.push(ring);
  }
  return rings;
}

/** A ring needs three distinct corners and its first node repeated last. */
function isRing(nodes: readonly number[]): boolean {
  return nodes.length >= 4 && nodes[0] === nodes[nodes.length - 1];
}

function atEnd(piecesAtEnd: Map<number, number[]>, node: number): number[] {
  let list = piecesAtEnd.get(node);
  if (!list) {
    list = [];
    piecesAtEnd.set(node, list);
  }
  return list;
}

/** Appends `piece` after `ring`'s last node `end`, reversed when the piece ends there. */
function appendPiece(ring: number[], piece: readonly number[], end: number): void {
  if (piece[0] === end) {
    for (let k = 1; k < piece.length; k++) ring.push(piece[k]!);
  } else {
    for (let k = piece.length - 2; k >= 0; k--) ring.push(piece[k]!);
  }
}
