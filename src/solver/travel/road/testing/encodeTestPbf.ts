/**
 * A minimal `.osm.pbf` writer for tests only: the decoder cannot be checked
 * byte for byte against real files we cannot inspect, so tests write their
 * own small files with known content (dense or plain nodes, zlib or raw
 * blobs, non-default granularity and offsets) and decode them back.
 */
import { zlibSync } from 'fflate';
import { PbfWriter } from 'pbf';

export interface TestNode {
  id: number;
  lat: number;
  lon: number;
  tags?: Record<string, string>;
}

export interface TestWay {
  id: number;
  refs: number[];
  tags?: Record<string, string>;
}

export interface TestRelation {
  id: number;
  /** type: 0 node, 1 way, 2 relation. */
  members: { type: 0 | 1 | 2; ref: number; role: string }[];
  tags?: Record<string, string>;
}

export interface TestOsmData {
  nodes: TestNode[];
  ways: TestWay[];
  relations: TestRelation[];
}

export interface TestPbfOptions {
  dense?: boolean;
  zlib?: boolean;
  granularity?: number;
  latOffset?: number;
  lonOffset?: number;
  requiredFeatures?: string[];
}

export function encodeTestPbf(data: TestOsmData, options: TestPbfOptions = {}): Uint8Array {
  const header = new PbfWriter();
  for (const feature of options.requiredFeatures ?? ['OsmSchema-V0.6', 'DenseNodes']) {
    header.writeStringField(4, feature);
  }
  const blocks = [frame('OSMHeader', header.finish(), options.zlib ?? true)];
  blocks.push(frame('OSMData', primitiveBlock(data, options), options.zlib ?? true));
  const total = blocks.reduce((sum, b) => sum + b.length, 0);
  const file = new Uint8Array(total);
  let pos = 0;
  for (const b of blocks) {
    file.set(b, pos);
    pos += b.length;
  }
  return file;
}

function frame(type: string, payload: Uint8Array, zlib: boolean): Uint8Array {
  const blob = new PbfWriter();
  if (zlib) {
    blob.writeVarintField(2, payload.length);
    blob.writeBytesField(3, zlibSync(payload));
  } else blob.writeBytesField(1, payload);
  const blobBytes = blob.finish();
  const blobHeader = new PbfWriter();
  blobHeader.writeStringField(1, type);
  blobHeader.writeVarintField(3, blobBytes.length);
  const headerBytes = blobHeader.finish();
  const out = new Uint8Array(4 + headerBytes.length + blobBytes.length);
  new DataView(out.buffer).setInt32(0, headerBytes.length);
  out.set(headerBytes, 4);
  out.set(blobBytes, 4 + headerBytes.length);
  return out;
}

function primitiveBlock(data: TestOsmData, options: TestPbfOptions): Uint8Array {
  const granularity = options.granularity ?? 100;
  const latOffset = options.latOffset ?? 0;
  const lonOffset = options.lonOffset ?? 0;
  const strings = [''];
  const sid = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const rawLat = (lat: number) => Math.round((lat * 1e9 - latOffset) / granularity);
  const rawLon = (lon: number) => Math.round((lon * 1e9 - lonOffset) / granularity);
  const delta = (values: number[]) => values.map((v, i) => v - (i > 0 ? values[i - 1]! : 0));

  const groups: Uint8Array[] = [];
  if (data.nodes.length > 0) {
    const group = new PbfWriter();
    if (options.dense ?? true) {
      const dense = new PbfWriter();
      dense.writePackedSVarint(1, delta(data.nodes.map((n) => n.id)));
      dense.writePackedSVarint(8, delta(data.nodes.map((n) => rawLat(n.lat))));
      dense.writePackedSVarint(9, delta(data.nodes.map((n) => rawLon(n.lon))));
      const keysVals: number[] = [];
      for (const n of data.nodes) {
        for (const [k, v] of Object.entries(n.tags ?? {})) keysVals.push(sid(k), sid(v));
        keysVals.push(0);
      }
      dense.writePackedVarint(10, keysVals);
      group.writeBytesField(2, dense.finish());
    } else {
      for (const n of data.nodes) {
        const node = new PbfWriter();
        node.writeSVarintField(1, n.id);
        const tags = Object.entries(n.tags ?? {});
        node.writePackedVarint(
          2,
          tags.map(([k]) => sid(k)),
        );
        node.writePackedVarint(
          3,
          tags.map(([, v]) => sid(v)),
        );
        node.writeSVarintField(8, rawLat(n.lat));
        node.writeSVarintField(9, rawLon(n.lon));
        group.writeBytesField(1, node.finish());
      }
    }
    groups.push(group.finish());
  }
  if (data.ways.length > 0) {
    const group = new PbfWriter();
    for (const w of data.ways) {
      const way = new PbfWriter();
      way.writeVarintField(1, w.id);
      const tags = Object.entries(w.tags ?? {});
      way.writePackedVarint(
        2,
        tags.map(([k]) => sid(k)),
      );
      way.writePackedVarint(
        3,
        tags.map(([, v]) => sid(v)),
      );
      way.writePackedSVarint(8, delta(w.refs));
      group.writeBytesField(3, way.finish());
    }
    groups.push(group.finish());
  }
  if (data.relations.length > 0) {
    const group = new PbfWriter();
    for (const r of data.relations) {
      const relation = new PbfWriter();
      relation.writeVarintField(1, r.id);
      const tags = Object.entries(r.tags ?? {});
      relation.writePackedVarint(
        2,
        tags.map(([k]) => sid(k)),
      );
      relation.writePackedVarint(
        3,
        tags.map(([, v]) => sid(v)),
      );
      relation.writePackedVarint(
        8,
        r.members.map((m) => sid(m.role)),
      );
      relation.writePackedSVarint(9, delta(r.members.map((m) => m.ref)));
      relation.writePackedVarint(
        10,
        r.members.map((m) => m.type),
      );
      group.writeBytesField(4, relation.finish());
    }
    groups.push(group.finish());
  }

  const block = new PbfWriter();
  const table = new PbfWriter();
  const encoder = new TextEncoder();
  for (const s of strings) table.writeBytesField(1, encoder.encode(s));
  block.writeBytesField(1, table.finish());
  for (const g of groups) block.writeBytesField(2, g);
  // Scale after the groups, as real writers place it.
  block.writeVarintField(17, granularity);
  if (latOffset !== 0) block.writeVarintField(19, latOffset);
  if (lonOffset !== 0) block.writeVarintField(20, lonOffset);
  return block.finish();
}
