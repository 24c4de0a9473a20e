/**
 * The sample maps the server offers: `/samples/index.json` lists them (the
 * dev and preview servers of `vite.config.ts` serve the extracts present on
 * the machine), each a `.osm.pbf` at its own URL on this origin.
 */

export interface SampleMap {
  /** What scenarios call its network (`{ kind: 'sample', name }`). */
  name: string;
  /** What the chooser shows: "Baltimore harbour". */
  title: string;
  url: string;
}

/** The samples on offer; none when the index is missing or unreadable (a static build has no samples). */
export async function fetchSampleIndex(): Promise<SampleMap[]> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}samples/index.json`);
    return response.ok ? parseSampleIndex(await response.json()) : [];
  } catch {
    return [];
  }
}

/** The well-formed entries of an index; anything else in it is ignored. */
export function parseSampleIndex(json: unknown): SampleMap[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (entry): entry is SampleMap =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.name === 'string' &&
      typeof entry.title === 'string' &&
      typeof entry.url === 'string',
  );
}

/** The sample's bytes; rejects with the server's status when it does not serve them. */
export async function fetchSample(sample: SampleMap): Promise<Blob> {
  const response = await fetch(sample.url);
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  return response.blob();
}
