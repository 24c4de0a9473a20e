/**
 * The outer framing of an `.osm.pbf` file: a sequence of
 * [4-byte big-endian length][BlobHeader][Blob], each blob a zlib-compressed
 * (or raw) block of OSM data. This module only frames and inflates; what a
 * block holds is `primitiveBlock.ts`'s job.
 *
 * Pure JavaScript (pbf + fflate), no `zlib` or streams: it runs in Node and
 * in a browser worker alike.
 */
import { unzlibSync } from 'fflate';
import { PbfReader } from 'pbf';
import { RoadNetworkError } from './roadNetworkError.ts';

export type PbfBlockType = 'OSMHeader' | 'OSMData';

export interface PbfBlock {
  type: PbfBlockType;
  /** The inflated block bytes. */
  data: Uint8Array;
}

/** The spec caps a BlobHeader at 64 KiB and a Blob at 32 MiB; anything bigger is not a PBF. */
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_BLOB_BYTES = 32 * 1024 * 1024;

/** Blocks in file order, inflated one at a time so only one is in memory. */
export function* pbfBlocks(bytes: Uint8Array): Generator<PbfBlock> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  let index = 0;
  if (bytes.length < 4) throw notPbf(`only ${bytes.length} bytes`);
  while (pos < bytes.length) {
    if (pos + 4 > bytes.length) throw corrupt(`truncated after block ${index}`);
    const headerLength = view.getInt32(pos);
    pos += 4;
    if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES || pos + headerLength > bytes.length) {
      throw index === 0
        ? notPbf(`the first block header length reads as ${headerLength} bytes`)
        : corrupt(`block ${index} has a header length of ${headerLength} bytes`);
    }
    const header = readBlobHeader(bytes.subarray(pos, pos + headerLength), index);
    pos += headerLength;
    if (pos + header.dataSize > bytes.length) throw corrupt(`block ${index} is truncated`);
    if (index === 0 && header.type !== 'OSMHeader') {
      throw notPbf(`the first block is "${header.type}", not "OSMHeader"`);
    }
    const blob = bytes.subarray(pos, pos + header.dataSize);
    pos += header.dataSize;
    if (header.type === 'OSMHeader' || header.type === 'OSMData') {
      yield { type: header.type, data: inflateBlob(blob, index) };
    }
    // Other block types are allowed by the spec and skipped.
    index++;
  }
}

function readBlobHeader(bytes: Uint8Array, index: number): { type: string; dataSize: number } {
  let type = '';
  let dataSize = -1;
  try {
    const pbf = new PbfReader(bytes);
    for (let field = pbf.nextField(); field !== 0; field = pbf.nextField()) {
      if (field === 1) type = pbf.readString();
      else if (field === 3) dataSize = pbf.readVarint();
    }
  } catch {
    throw index === 0 ? notPbf('the first block header does not decode') : corrupt(`block ${index} header`);
  }
  if (dataSize < 0 || dataSize > MAX_BLOB_BYTES || type === '') {
    throw index === 0
      ? notPbf('the first block header has no type or size')
      : corrupt(`block ${index} header has no type or size`);
  }
  return { type, dataSize };
}

function inflateBlob(blob: Uint8Array, index: number): Uint8Array {
  let raw: Uint8Array | undefined;
  let zlib: Uint8Array | undefined;
  let rawSize = -1;
  let compression = '';
  try {
    const pbf = new PbfReader(blob);
    for (let field = pbf.nextField(); field !== 0; field = pbf.nextField()) {
      if (field === 1) raw = pbf.readBytes();
      else if (field === 2) rawSize = pbf.readVarint();
      else if (field === 3) zlib = pbf.readBytes();
      else if (field === 4) compression = 'lzma';
      else if (field === 5) compression = 'bzip2';
      else if (field === 6) compression = 'lz4';
      else if (field === 7) compression = 'zstd';
    }
  } catch {
    throw corrupt(`block ${index} does not decode`);
  }
  if (raw) return raw;
  if (zlib) {
    if (rawSize < 0 || rawSize > MAX_BLOB_BYTES) throw corrupt(`block ${index} has no valid raw size`);
    try {
      return unzlibSync(zlib, { out: new Uint8Array(rawSize) });
    } catch (error) {
      throw corrupt(`block ${index} does not inflate (${(error as Error).message})`);
    }
  }
  if (compression) {
    throw new RoadNetworkError(
      'unsupported-pbf',
      `OSM PBF block ${index} is ${compression}-compressed; only zlib and uncompressed blocks are supported`,
    );
  }
  throw corrupt(`block ${index} has no data`);
}

function notPbf(detail: string): RoadNetworkError {
  return new RoadNetworkError('not-pbf', `not an OpenStreetMap PBF file: ${detail}`);
}

function corrupt(detail: string): RoadNetworkError {
  return new RoadNetworkError('corrupt-pbf', `damaged OpenStreetMap PBF file: ${detail}`);
}
