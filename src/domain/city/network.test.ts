import { describe, expect, it } from 'vitest';
import { stronglyConnected } from './connectivity.ts';
import { vec } from './geometry.ts';
import { buildNetwork } from './network.ts';
import type { RoadLine } from './roads.ts';

const road = (points: [number, number][], extra: Partial<RoadLine> = {}): RoadLine => ({
  points: points.map(([x, y]) => vec(x, y)),
  highway: 'residential',
  name: 'Test Street',
  ...extra,
});

describe('buildNetwork', () => {
  it('puts one shared node where two streets cross', () => {
    const network = buildNetwork([
      road([
        [0, 0],
        [100, 0],
      ]),
      road([
        [50, -50],
        [50, 50],
      ]),
    ]);
    expect(network.xs.length).toBe(5);
    const [a, b] = network.ways;
    expect(a!.nodes).toHaveLength(3);
    expect(b!.nodes).toHaveLength(3);
    expect(a!.nodes[1]).toBe(b!.nodes[1]);
    expect([network.xs[a!.nodes[1]!], network.ys[a!.nodes[1]!]]).toEqual([50, 0]);
  });

  it('joins a street that ends on another (within half a metre) at a node of both', () => {
    const network = buildNetwork([
      road([
        [0, 0],
        [100, 0],
      ]),
      road([
        [30, 0.3],
        [30, 80],
      ]),
    ]);
    const [main, side] = network.ways;
    expect(main!.nodes).toHaveLength(3);
    expect(main!.nodes[1]).toBe(side!.nodes[0]);
  });

  it('lets a bridge pass over a street without a junction, joining the ground only at its ends', () => {
    const network = buildNetwork([
      road(
        [
          [0, 0],
          [50, 0],
          [100, 0],
        ],
        { bridge: true },
      ),
      road([
        [50, -50],
        [50, 50],
      ]),
      road([
        [100, 0],
        [200, 0],
      ]),
    ]);
    const [bridge, under, approach] = network.ways;
    expect(under!.nodes).toHaveLength(2);
    expect(bridge!.nodes).toHaveLength(3);
    expect(bridge!.nodes.at(-1)).toBe(approach!.nodes[0]);
    // The bridge's middle vertex sits right above the street's middle but is its own node.
    expect(new Set([...bridge!.nodes, ...under!.nodes]).size).toBe(5);
  });

  it('keeps a closed roundabout closed', () => {
    const network = buildNetwork([
      road(
        [
          [10, 0],
          [0, 10],
          [-10, 0],
          [0, -10],
          [10, 0],
        ],
        { roundabout: true },
      ),
      road([
        [10, 0],
        [100, 0],
      ]),
    ]);
    const ring = network.ways[0]!.nodes;
    expect(ring[0]).toBe(ring.at(-1));
    expect(ring[0]).toBe(network.ways[1]!.nodes[0]);
  });
});

describe('stronglyConnected', () => {
  const square: RoadLine[] = [
    road([
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
      [0, 0],
    ]),
  ];

  it('turns a one-way dead end into a two-way street rather than losing it', () => {
    const network = stronglyConnected(
      buildNetwork([
        ...square,
        road(
          [
            [100, 0],
            [200, 0],
          ],
          { oneway: true },
        ),
      ]),
    );
    expect(network.ways).toHaveLength(2);
    expect(network.ways[1]!.road.oneway).toBe(false);
  });

  it('keeps one-way streets that can be driven round', () => {
    const loop = road(
      [
        [0, 0],
        [100, 0],
        [100, 100],
        [0, 0],
      ],
      { oneway: true },
    );
    const network = stronglyConnected(buildNetwork([loop]));
    expect(network.ways[0]!.road.oneway).toBe(true);
  });

  it('drops streets cut off from the main network and renumbers the nodes left', () => {
    const network = stronglyConnected(
      buildNetwork([
        ...square,
        road([
          [500, 500],
          [600, 500],
        ]),
      ]),
    );
    expect(network.ways).toHaveLength(1);
    expect(network.xs).toHaveLength(4);
    expect(Math.max(...network.ways[0]!.nodes)).toBe(3);
  });
});
