/**
 * The knobs of duplicate detection in one place, so the console, the eval script and the
 * tests agree. Why these values: docs/DEDUP.md and docs/decisions/0101-dedup-weights.md.
 */

/** A pair at or above this score is flagged as a likely duplicate (console badge, eval). */
export const DUPLICATE_FLAG_THRESHOLD = 0.5;

/** Below this a candidate is not shown at all; between the two it is "possibly related". */
export const DUPLICATE_SHOW_THRESHOLD = 0.3;

/**
 * A candidate is judged against the tip and this many of its closest likely duplicates, and flagged
 * when the mean of those scores reaches GROUP_AGREEMENT and none of them speaks against it (decisions 0166, 0205).
 */
export const GROUP_MATCHES = 3;

/**
 * The mean score against the tip and its group at which a candidate no member contradicts is flagged (decision 0205):
 * below the flag threshold, because several accounts that each half-match it and none contradicts say more than one does.
 */
export const GROUP_AGREEMENT = 0.45;

/**
 * Below this score against the tip itself, a candidate is judged against its group only when no reason speaks against
 * it (another colour, floor count or name): one that shares little with the tip but contradicts nothing is often the same
 * compound told by another side of it (decisions 0166, 0152).
 */
export const GROUP_FLOOR = 0.2;

/**
 * At most this many candidates, the best below the flag, are judged against the group: its cost
 * stays bounded in a dense town centre (the best 8 lost no pair of the tuning sets, decision 0166).
 * As many likely duplicates, the best under a full match, are checked against the closer members (decision 0206).
 */
export const GROUP_JUDGED = 8;

/**
 * The score of a likely duplicate that a closer likely duplicate of the tip contradicts (decision 0206): just under the
 * flag, first among the possibly related, so the officer still sees it.
 */
export const TOLD_APART_SCORE = 0.49;

export interface DedupSettings {
  /** Tips closer than this may be the same place by proximity (alone only shown, not flagged: decision 0143). */
  radiusM: number;
  /** Tips received further apart than this are not compared. */
  windowDays: number;
}

export const DEDUP_DEFAULTS: DedupSettings = {
  radiusM: 500,
  windowDays: 365,
};

/** Contributions to the score (0..1); see docs/decisions/0101-dedup-weights.md. */
export const WEIGHTS = {
  /** Near 0 m; half of it at R/2 and almost none at R (logistic, see proximityShare). */
  proximity: 0.45,
  /**
   * Proximity's weight when the pair shares nothing specific (score-pair sharesSomethingSpecific):
   * with category, time and a town in common it stays under the flag threshold, shown as possibly
   * related (decision 0143).
   */
  proximityVague: 0.25,
  /**
   * A follow-up's nearness to the report it points back at (0189): half of it at 400 m, not 250 m. Its pin is where the
   * tipster stands or recalls, often across the road or the block from the first report's (0191).
   */
  followUpRadiusM: 800,
  /** A shared concept describing the building (colour, kind, feature, name word) counts as specific from this weight. */
  describingConcept: 0.05,
  /** Share of the proximity weight when both tips are about people (recruiter, money mule). */
  peopleProximity: 0.5,
  /** Full credit at cosine 0.50 of character n-grams, none at 0.08 or below. */
  text: 0.25,
  textFloor: 0.08,
  textFull: 0.5,
  /** All the names of the tip with fewer names appear in the other, two or more of them. */
  namesAll: 0.45,
  /** All of them, but only one name. */
  nameOne: 0.3,
  /** Both tips name something and nothing in common: likely two different places. */
  namesDiffer: -0.25,
  /** Both tips name something, share a word of it, and each has a name the other lacks. */
  namesPartlyDiffer: -0.12,
  sameCategory: 0.1,
  relatedCategory: 0.05,
  /** Seen within `recentDays` of each other. */
  recent: 0.05,
  recentDays: 30,
  /** Seen more than `staleDays` apart. */
  stale: -0.1,
  staleDays: 180,
  /** Per shared number by its digit count; from 7 digits (a phone, an account) or a messaging handle `numberLong`; capped at `numbersCap`. */
  numberByDigits: [0, 0.04, 0.08, 0.08, 0.15, 0.15, 0.15] as readonly number[],
  numberLong: 0.5,
  numbersCap: 0.5,
  samePhoto: 0.6,
  /** Perceptual hash within this many bits of 64. */
  similarPhoto: 0.45,
  similarPhotoBits: 6,
  relatedPhoto: 0.2,
  relatedPhotoBits: 12,
  /** Shared domain concepts (lib/dedup/concepts.ts), each its own weight, at most this. */
  conceptsCap: 0.25,
  /** Both give a floor count and one is shared / none is. */
  sameFloors: 0.12,
  /** A shared count of `highFloors` or more: few buildings in a Cambodian town are that tall (0153, round 2). */
  sameHighFloors: 0.16,
  highFloors: 10,
  otherFloors: -0.2,
  /**
   * Both give a count of buildings ("2 blocks", "两栋", "3 nhà kho") and one is shared / none is. Against:
   * as strong as another floor count since the counts by kind are read (0153): no same-place pair of
   * any tuning set gives two counts, 31 pairs of two places do.
   */
  sameBuildings: 0.1,
  otherBuildings: -0.2,
  /**
   * Both say which building by its number ("building 7", "ตึก ๗", "អគារលេខ 7") and one is shared /
   * none is: a compound's blocks are numbered, and building 3 and building 5 of one block are two places.
   * Above a colour and a floor count in common: the blocks of one compound share them (0153). And above the
   * compound's name and a pin next door, which its blocks, rows and phases share too (Tower B and Tower D of one
   * condo, phase 2 and phase 3 of one borey: 0168).
   */
  sameBuildingNumber: 0.25,
  otherBuildingNumber: -0.8,
  /** Both tips say which floors of a building they are about, and none is in common (decision 0151). */
  otherLevel: -0.5,
  /** Both tips name a floor of the building and one is in common (decision 0213). */
  sameLevel: 0.08,
  /** Both say which row, tower letter or phase of an estate and one is shared (0168): below a building's number, as an estate's rows are lettered alike. */
  sameRow: 0.15,
  /** One kilometre post on the road (±1), or two further apart (decision 0165). */
  sameKmPost: 0.12,
  otherKmPost: -0.2,
  /** Both say which side of the road or the landmark, and the sides are opposite (left / right, north / south): decision 0167. */
  otherSide: -0.2,
  /** Both give a colour and none is shared: as strong as another floor count (no same-place pair of any labelled set gives two colours, decision 0135). */
  otherColour: -0.2,
  /** Both name a town or area, none in common, and they are further apart than `otherTownM`. */
  otherTown: -0.2,
  otherTownM: 2_000,
  /** Both give a road number and one is shared / none is. */
  sameRoad: 0.08,
  otherRoad: -0.05,
  /** A Latin name of one tip read in the other's Khmer, Thai, Burmese, Korean or Chinese letters. */
  scriptName: 0.3,
  scriptNames: 0.4,
  /** The names shared are only a district's name ("Sre Ambel", "Bavet"): every compound there may give it. */
  districtName: 0.2,
  /** The one name shared is one of the commonest Chinese surnames alone ("Mr Chen", "ông Trần"): thousands of bosses have it. */
  surnameOnly: 0.2,
  /**
   * Tips that share this much specific evidence (names, concepts, floors, roads) are compared
   * with a wider proximity curve: `proximityWide` at most, half of it at `wideRadiusM` / 2.
   */
  wideEvidence: 0.15,
  /**
   * One part of the place (roof, wall or fence, gate) said in the same colour by both tips ("pink walls" /
   * กำแพงสีชมพู): weighed beside the colour and the part, and one described piece of its own (0154).
   */
  partColour: 0.04,
  /** A shared concept from this weight is one described piece (a colour, a casino, bars, a golf course); see score-pair describedPieces. */
  describedPiece: 0.04,
  proximityWide: 0.25,
  /** Half the wide curve at 1.4 km: one well-described place pinned 1.1-1.5 km apart (a rough pin, a town block) flags (0155). */
  wideRadiusM: 2_800,
} as const;
