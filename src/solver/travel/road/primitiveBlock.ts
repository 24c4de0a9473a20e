/**
 * One inflated OSMData block (a PrimitiveBlock) to nodes, ways and
 * relations, handed to a sink as they are read. Field numbers are those of
 * OSM's `osmformat.proto`.
 *
 * A block's granularity and offsets are written after its groups, so the
 * block is read twice: once for the string table and scale, once for the
 * groups. Only tags the sink asks for become strings in objects.
 */
import { PbfReader } from 'pbf';
import type { OsmTags } from '../../../domain/osm.ts';
import { POI_TAG_KEYS, RELATION_TAG_KEYS, WAY_TAG_KEYS } from './osmTagFilter.ts';

/** Receives entities in file order. `refs`/`members` arrays are reused: copy what you keep. */
export interface OsmSink {
  /** `tags` is null unless the node carries a kept point-feature tag. */
  node(id: number, lat: number, lon: number, tags: OsmTags | null): void;
  way(id: number, refs: readonly number[], tags: OsmTags): void;
  /** Way members only (node and relation members are not needed). */
  relation(id: number, memberWays: readonly number[], roles: readonly string[], tags: OsmTags): void;
}

const KEEP_ON_WAY = 1;
const KEEP_ON_RELATION = 2;
const KEEP_ON_POI = 4;

const MEMBER_TYPE_WAY = 1;

interface BlockScale {
  strings: string[];
  /** Per string: which entity kinds keep it as a tag key (KEEP_* bits). */
  keep: Uint8Array;
  granularity: number;
  latOffset: number;
  lonOffset: number;
}

const decoder = new TextDecoder();

export function decodePrimitiveBlock(data: Uint8Array, sink: OsmSink): void {
  const pbf = new PbfReader(data);
  const scale = readScale(pbf);
  pbf.pos = 0;
  pbf.type = 0;
  pbf._valueStart = -1;
  for (let field = pbf.nextField(); field !== 0; field = pbf.nextField()) {
    if (field === 2) {
      const end = pbf.readVarint() + pbf.pos;
      readGroup(pbf, end, scale, sink);
    }
  }
}

function readScale(pbf: PbfReader): BlockScale {
  const strings: string[] = [];
  let granularity = 100;
  let latOffset = 0;
  let lonOffset = 0;
  for (let field = pbf.nextField(); field !== 0; field = pbf.nextField()) {
    if (field === 1) {
      const end = pbf.readVarint() + pbf.pos;
      for (let f = pbf.nextField(end); f !== 0; f = pbf.nextField(end)) {
        if (f === 1) {
          const length = pbf.readVarint();
          strings.push(decoder.decode(pbf.buf.subarray(pbf.pos, pbf.pos + length)));
          pbf.pos += length;
        }
      }
    } else if (field === 17) granularity = pbf.readVarint();
    else if (field === 19) latOffset = pbf.readVarint(true);
    else if (field === 20) lonOffset = pbf.readVarint(true);
  }
  const keep = new Uint8Array(strings.length);
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i]!;
    keep[i] =
      (WAY_TAG_KEYS.has(s) ? KEEP_ON_WAY : 0) |
      (RELATION_TAG_KEYS.has(s) ? KEEP_ON_RELATION : 0) |
      (POI_TAG_KEYS.has(s) ? KEEP_ON_POI : 0);
  }
  return { strings, keep, granularity, latOffset, lonOffset };
}

/** Reused between entities: tag keys, values and refs of the one being read. */
const keysScratch: number[] = [];
const valsScratch: number[] = [];
const refsScratch: number[] = [];
const rolesScratch: string[] = [];
const typesScratch: number[] = [];
const memberScratch: number[] = [];

function readGroup(pbf: PbfReader, end: number, scale: BlockScale, sink: OsmSink): void {
  for (let field = pbf.nextField(end); field !== 0; field = pbf.nextField(end)) {
    const messageEnd = field >= 1 && field <= 4 ? pbf.readVarint() + pbf.pos : -1;
    if (field === 1) readNode(pbf, messageEnd, scale, sink);
    else if (field === 2) readDenseNodes(pbf, messageEnd, scale, sink);
    else if (field === 3) readWay(pbf, messageEnd, scale, sink);
    else if (field === 4) readRelation(pbf, messageEnd, scale, sink);
    if (messageEnd >= 0) pbf.pos = messageEnd;
  }
}

function tagsFrom(
  scale: BlockScale,
  keys: readonly number[],
  vals: readonly number[],
  kind: number,
): OsmTags {
  const tags: Record<string, string> = {};
  const count = Math.min(keys.length, vals.length);
  for (let i = 0; i < count; i++) {
    const k = keys[i]!;
    if ((scale.keep[k]! & kind) !== 0) tags[scale.strings[k]!] = scale.strings[vals[i]!] ?? '';
  }
  return tags;
}

function readNode(pbf: PbfReader, end: number, scale: BlockScale, sink: OsmSink): void {
  let id = 0;
  let lat = 0;
  let lon = 0;
  keysScratch.length = 0;
  valsScratch.length = 0;
  for (let field = pbf.nextField(end); field !== 0; field = pbf.nextField(end)) {
    if (field === 1) id = pbf.readSVarint();
    else if (field === 2) pbf.readPackedVarint(keysScratch);
    else if (field === 3) pbf.readPackedVarint(valsScratch);
    else if (field === 8) lat = pbf.readSVarint();
    else if (field === 9) lon = pbf.readSVarint();
  }
  let tags: OsmTags | null = null;
  for (const k of keysScratch) {
    if ((scale.keep[k]! & KEEP_ON_POI) !== 0) {
      tags = tagsFrom(scale, keysScratch, valsScratch, KEEP_ON_POI);
      break;
    }
  }
  sink.node(
    id,
    1e-9 * (scale.latOffset + scale.granularity * lat),
    1e-9 * (scale.lonOffset + scale.granularity * lon),
    tags,
  );
}

/**
 * DenseNodes: parallel packed arrays of delta-coded ids, lats and lons, and
 * one flat keys_vals array (key, value, ..., 0 per node). The arrays are
 * walked in lockstep by moving the reader's position between them.
 */
function readDenseNodes(pbf: PbfReader, end: number, scale: BlockScale, sink: OsmSink): void {
  let idPos = -1;
  let idEnd = -1;
  let latPos = -1;
  let lonPos = -1;
  let tagPos = -1;
  let tagEnd = -1;
  for (let field = pbf.nextField(end); field !== 0; field = pbf.nextField(end)) {
    if (field === 1 || field === 8 || field === 9 || field === 10) {
      const length = pbf.readVarint();
      if (field === 1) {
        idPos = pbf.pos;
        idEnd = pbf.pos + length;
      } else if (field === 8) latPos = pbf.pos;
      else if (field === 9) lonPos = pbf.pos;
      else {
        tagPos = pbf.pos;
        tagEnd = pbf.pos + length;
      }
      pbf.pos += length;
    }
  }
  if (idPos < 0 || latPos < 0 || lonPos < 0) return;
  const { granularity, latOffset, lonOffset, keep } = scale;
  let id = 0;
  let lat = 0;
  let lon = 0;
  while (idPos < idEnd) {
    pbf.pos = idPos;
    id += pbf.readSVarint();
    idPos = pbf.pos;
    pbf.pos = latPos;
    lat += pbf.readSVarint();
    latPos = pbf.pos;
    pbf.pos = lonPos;
    lon += pbf.readSVarint();
    lonPos = pbf.pos;
    let tags: OsmTags | null = null;
    if (tagPos >= 0 && tagPos < tagEnd) {
      pbf.pos = tagPos;
      keysScratch.length = 0;
      valsScratch.length = 0;
      let poi = false;
      while (pbf.pos < tagEnd) {
        const k = pbf.readVarint();
        if (k === 0) break;
        const v = pbf.readVarint();
        keysScratch.push(k);
        valsScratch.push(v);
        if ((keep[k]! & KEEP_ON_POI) !== 0) poi = true;
      }
      tagPos = pbf.pos;
      if (poi) tags = tagsFrom(scale, keysScratch, valsScratch, KEEP_ON_POI);
    }
    sink.node(id, 1e-9 * (latOffset + granularity * lat), 1e-9 * (lonOffset + granularity * lon), tags);
  }
  pbf.pos = end;
}

function readWay(pbf: PbfReader, end: number, scale: BlockScale, sink: OsmSink): void {
  let id = 0;
  keysScratch.length = 0;
  valsScratch.length = 0;
  refsScratch.length = 0;
  for (let field = pbf.nextField(end); field !== 0; field = pbf.nextField(end)) {
    if (field === 1) id = pbf.readVarint();
    else if (field === 2) pbf.readPackedVarint(keysScratch);
    else if (field === 3) pbf.readPackedVarint(valsScratch);
    else if (field === 8) {
      const refsEnd = pbf.readPackedEnd();
      let ref = 0;
      while (pbf.pos < refsEnd) {
        ref += pbf.readSVarint();
        refsScratch.push(ref);
      }
    }
  }
  sink.way(id, refsScratch, tagsFrom(scale, keysScratch, valsScratch, KEEP_ON_WAY));
}

function readRelation(pbf: PbfReader, end: number, scale: BlockScale, sink: OsmSink): void {
  let id = 0;
  keysScratch.length = 0;
  valsScratch.length = 0;
  refsScratch.length = 0;
  typesScratch.length = 0;
  const roleIds: number[] = [];
  for (let field = pbf.nextField(end); field !== 0; field = pbf.nextField(end)) {
    if (field === 1) id = pbf.readVarint();
    else if (field === 2) pbf.readPackedVarint(keysScratch);
    else if (field === 3) pbf.readPackedVarint(valsScratch);
    else if (field === 8) pbf.readPackedVarint(roleIds, true);
    else if (field === 9) {
      const idsEnd = pbf.readPackedEnd();
      let memberId = 0;
      while (pbf.pos < idsEnd) {
        memberId += pbf.readSVarint();
        refsScratch.push(memberId);
      }
    } else if (field === 10) pbf.readPackedVarint(typesScratch);
  }
  memberScratch.length = 0;
  rolesScratch.length = 0;
  for (let i = 0; i < refsScratch.length; i++) {
    if (typesScratch[i] !== MEMBER_TYPE_WAY) continue;
    memberScratch.push(refsScratch[i]!);
    rolesScratch.push(scale.strings[roleIds[i] ?? 0] ?? '');
  }
  sink.relation(id, memberScratch, rolesScratch, tagsFrom(scale, keysScratch, valsScratch, KEEP_ON_RELATION));
}
