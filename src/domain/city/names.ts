/**
 * Generated names for the city: streets, neighbourhoods, parks, the river, the
 * city itself and its shops. Names are English-sounding compounds so that
 * labels read like a real map, and no street name is used twice.
 */
import type { Random } from '../random.ts';

/** What a street is called depends on its class: arterials are avenues and boulevards, not mews. */
export type StreetKind = 'arterial' | 'ring' | 'roundabout' | 'tertiary' | 'residential';

export interface NamePool {
  street(kind: StreetKind): string;
  neighbourhood(): string;
  park(): string;
  pond(): string;
}

// biome-ignore format: a word list reads better packed
const STREET_WORDS = [
  'Oak', 'Elm', 'Ash', 'Birch', 'Cedar', 'Maple', 'Willow', 'Poplar', 'Linden', 'Chestnut', 'Rowan', 'Hazel',
  'Alder', 'Beech', 'Holly', 'Juniper', 'Laurel', 'Magnolia', 'Myrtle', 'Pine', 'Spruce', 'Sycamore', 'Walnut',
  'Yew', 'Cherry', 'Plum', 'Orchard', 'Meadow', 'Brook', 'Spring', 'Hill', 'Vale', 'Glen', 'Heath', 'Moor',
  'Field', 'Grove', 'Ridge', 'Bank', 'Cliff', 'Dale', 'Fern', 'Heather', 'Ivy', 'Lark', 'Robin', 'Swallow',
  'Wren', 'Heron', 'Kestrel', 'Falcon', 'Mill', 'Market', 'Church', 'Station', 'Harbour', 'Quay', 'Chapel',
  'Castle', 'School', 'Abbey', 'Baker', 'Tanner', 'Weaver', 'Rope', 'Salt', 'Wharf', 'Foundry', 'Forge',
  'Granary', 'Brewery', 'Dock', 'Ferry', 'Lock', 'Canal', 'Mint', 'Exchange', 'Guild', 'Hall', 'Priory',
  'Tower', 'Gate', 'Bell', 'Crown', 'Anchor', 'Compass', 'Lantern', 'Beacon', 'Garden', 'Park', 'Green',
  'Common', 'Cross', 'Union', 'Victoria', 'Albert', 'Clarence', 'Nelson', 'Wellington', 'Milton', 'Byron',
  'Shelley', 'Keats', 'Austen', 'Bronte', 'Darwin', 'Newton', 'Faraday', 'Kepler', 'Curie', 'Lovelace',
  'Turing', 'Brunel', 'Telford', 'Stephenson', 'Nightingale', 'Franklin', 'Hudson', 'Raleigh', 'Drake',
  'Cook', 'Cabot', 'Mercer', 'Fletcher', 'Cooper', 'Carter', 'Mason', 'Thatcher', 'Chandler', 'Draper',
  'Fuller', 'Glover', 'Porter', 'Sawyer', 'Slater', 'Turner', 'Walker', 'Ward', 'Webb', 'Whitaker', 'Ashby',
  'Bramley', 'Calder', 'Denton', 'Egerton', 'Fairfax', 'Grafton', 'Hastings', 'Ingram', 'Kendal', 'Langley',
  'Moreton', 'Norton', 'Oakley', 'Preston', 'Radley', 'Stanton', 'Thornton', 'Upton', 'Warwick', 'York',
  'Lancaster', 'Devon', 'Cornwall', 'Dorset', 'Kent', 'Essex', 'Surrey', 'Sussex', 'Rutland', 'Mercia',
  'Wessex', 'Albion', 'Avalon', 'Sunny', 'Fair', 'Long', 'Broad', 'Narrow', 'High', 'Low', 'Silver', 'Golden',
  'Copper', 'Amber', 'Coral', 'Pearl', 'Primrose', 'Bluebell', 'Daisy', 'Clover', 'Thistle', 'Bracken',
  'Tansy', 'Sorrel', 'Yarrow', 'Foxglove', 'Lavender', 'Rosemary', 'Sage', 'Thyme', 'Mulberry', 'Quince',
  'Damson', 'Medlar', 'Hawthorn', 'Blackthorn', 'Elder', 'Aspen', 'Larch', 'Hornbeam', 'Whitebeam', 'Cypress',
] as const;

// biome-ignore format: a word list reads better packed
const SUFFIXES: Readonly<Record<StreetKind, readonly string[]>> = {
  arterial: ['Road', 'Avenue', 'Boulevard', 'Parade', 'Way'],
  ring: ['Ring Road', 'Orbital', 'Bypass', 'Parkway'],
  roundabout: ['Circus', 'Circle', 'Roundabout'],
  tertiary: ['Road', 'Street', 'Avenue', 'Lane', 'Hill'],
  residential: [
    'Street', 'Street', 'Street', 'Lane', 'Road', 'Close', 'Place', 'Terrace', 'Gardens', 'Crescent', 'Way',
    'Drive', 'Row', 'Walk', 'Mews', 'Grove', 'Court', 'Rise',
  ],
};

// biome-ignore format: a word list reads better packed
const PLACE_STEMS = [
  'Ash', 'Oak', 'Elm', 'Brook', 'Fair', 'Green', 'Hol', 'Kings', 'Lang', 'Mar', 'North', 'South', 'East', 'West',
  'Nor', 'Pen', 'Red', 'Stan', 'Thorn', 'Wick', 'Wood', 'Bay', 'Ald', 'Chel', 'Dun', 'Ever', 'Hart', 'Kes',
  'Law', 'Mill', 'New', 'Ox', 'Rye', 'Sel', 'Tal', 'Wel', 'Bram', 'Cran', 'Hazle', 'Lind', 'Mor', 'Ros',
] as const;
const PLACE_ENDINGS = [
  'field',
  'wood',
  'ton',
  'bury',
  'ham',
  'ley',
  'by',
  'gate',
  'well',
  'stead',
  'hurst',
  'combe',
];
const CITY_ENDINGS = ['mouth', 'haven', 'bridge', 'minster', 'caster', 'port', 'ford', 'wick'];
const RIVER_NAMES = [
  'Aven',
  'Lissa',
  'Tarn',
  'Wend',
  'Ise',
  'Mira',
  'Colm',
  'Essa',
  'Orrin',
  'Senna',
  'Lune',
  'Tavy',
];
const PARK_KINDS = ['Park', 'Park', 'Gardens', 'Green', 'Common', 'Fields'];

/**
 * A source of unique names. Every name drawn is remembered, so no two streets
 * (or parks, or neighbourhoods) share one; past the combinations on offer a
 * number is added ("Oak Street 2"), which the word lists make rare.
 */
export function createNamePool(random: Random): NamePool {
  const used = new Set<string>();
  const unique = (draw: () => string) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const name = draw();
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    const base = draw();
    let n = 2;
    while (used.has(`${base} ${n}`)) n++;
    used.add(`${base} ${n}`);
    return `${base} ${n}`;
  };
  return {
    street: (kind) => unique(() => `${random.pick(STREET_WORDS)} ${random.pick(SUFFIXES[kind])}`),
    neighbourhood: () => unique(() => `${random.pick(PLACE_STEMS)}${random.pick(PLACE_ENDINGS)}`),
    park: () => unique(() => `${random.pick(STREET_WORDS)} ${random.pick(PARK_KINDS)}`),
    pond: () => unique(() => `${random.pick(STREET_WORDS)} Pond`),
  };
}

export function cityName(random: Random): string {
  return `${random.pick(PLACE_STEMS)}${random.pick(CITY_ENDINGS)}`;
}

export function riverName(random: Random): string {
  return `River ${random.pick(RIVER_NAMES)}`;
}

export type ShopKind = 'supermarket' | 'convenience' | 'greengrocer';

const SUPERMARKET_BRANDS = [
  'Harvest Market',
  'Greenway Foods',
  'Basket & Co',
  'Daily Market',
  'Pantry Foods',
];
const CONVENIENCE_NAMES = ['Corner Shop', 'Quick Stop', 'Mini Market', 'Late Shop', 'Express Foods'];
const GREENGROCER_NAMES = ['Fruit & Veg', 'The Green Grocer', 'Orchard Fresh', 'Market Garden'];

/** A shop name: chains carry the neighbourhood as the branch name ("Harvest Market Ashfield"). */
export function shopName(random: Random, kind: ShopKind, neighbourhood: string): string {
  switch (kind) {
    case 'supermarket':
      return `${random.pick(SUPERMARKET_BRANDS)} ${neighbourhood}`;
    case 'convenience':
      return `${random.pick(CONVENIENCE_NAMES)} ${neighbourhood}`;
    case 'greengrocer':
      return `${neighbourhood} ${random.pick(GREENGROCER_NAMES)}`;
  }
}
