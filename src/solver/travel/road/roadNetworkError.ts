/**
 * Every failure of the road pipeline on bad input is one typed error whose
 * `code` a caller can branch on (the UI says "not a map file" differently
 * from "this order is in the harbour") and whose message names what is wrong.
 */

export type RoadNetworkErrorCode =
  /** The bytes are not an OpenStreetMap PBF file at all. */
  | 'not-pbf'
  /** A PBF file that starts right but is truncated or damaged. */
  | 'corrupt-pbf'
  /** A PBF feature this decoder does not implement (history files, lzma/zstd blobs). */
  | 'unsupported-pbf'
  /** An OsmExtract whose ways point at nodes it does not have. */
  | 'invalid-extract'
  /** Nothing a car may drive on. */
  | 'no-drivable-roads'
  /** A location farther than the snapping limit from any road. */
  | 'too-far-from-road'
  /** A location that is not a finite longitude/latitude. */
  | 'invalid-location';

export class RoadNetworkError extends Error {
  override readonly name = 'RoadNetworkError';
  readonly code: RoadNetworkErrorCode;
  /** The index of the offending location, for location errors. */
  readonly locationIndex: number | undefined;

  constructor(code: RoadNetworkErrorCode, message: string, locationIndex?: number) {
    super(message);
    this.code = code;
    this.locationIndex = locationIndex;
  }
}
