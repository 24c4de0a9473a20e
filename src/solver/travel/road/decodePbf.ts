/**
 * `.osm.pbf` bytes to an OsmExtract, in Node or in a browser worker.
 *
 * Supports what extract tools write: zlib or uncompressed blocks, dense and
 * plain nodes, the OSM v0.6 schema. History files (several versions of one
 * object) are refused rather than decoded wrongly.
 */
import { PbfReader } from 'pbf';
import type { OsmExtract } from '../../../domain/osm.ts';
import { OsmExtractBuilder } from './osmExtractBuilder.ts';
import { pbfBlocks } from './pbfBlobs.ts';
import { decodePrimitiveBlock } from './primitiveBlock.ts';
import { RoadNetworkError } from './roadNetworkError.ts';

const SUPPORTED_FEATURES: ReadonlySet<string> = new Set(['OsmSchema-V0.6', 'DenseNodes']);

export function decodeOsmPbf(input: Uint8Array | ArrayBuffer): OsmExtract {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const builder = new OsmExtractBuilder();
  let blockIndex = 0;
  for (const block of pbfBlocks(bytes)) {
    try {
      if (block.type === 'OSMHeader') checkHeader(block.data);
      else decodePrimitiveBlock(block.data, builder);
    } catch (error) {
      if (error instanceof RoadNetworkError) throw error;
      throw new RoadNetworkError(
        'corrupt-pbf',
        `damaged OpenStreetMap PBF file: block ${blockIndex} does not decode (${(error as Error).message})`,
      );
    }
    blockIndex++;
  }
  return builder.finish();
}

function checkHeader(data: Uint8Array): void {
  const pbf = new PbfReader(data);
  for (let field = pbf.nextField(); field !== 0; field = pbf.nextField()) {
    if (field !== 4) continue;
    const feature = pbf.readString();
    if (!SUPPORTED_FEATURES.has(feature)) {
      throw new RoadNetworkError(
        'unsupported-pbf',
        `OSM PBF file requires the feature "${feature}", which this decoder does not support`,
      );
    }
  }
}
