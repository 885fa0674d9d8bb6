/**
 * What one detection has read of a token, shared by the families the registry asks about it:
 * LiveKit's and Twilio's detection both read a JWT's header and claims, and the second reads
 * what the first decoded. The registry makes one per detection and drops it after; nothing
 * outlives the call (never module-level), and it holds only the token's own text.
 */
import { segmentTextLoose } from './jwt';

export class DetectionReads {
  #header: string | null | undefined = undefined;
  #from = -1;
  #text: string | null = null;

  constructor(readonly token: string) {}

  /** segmentTextLoose(token, from), decoded once for the first segment (from 0) and once for the offset asked last. */
  looseText(from = 0): string | null {
    if (from === 0) {
      if (this.#header === undefined) this.#header = segmentTextLoose(this.token, 0);
      return this.#header;
    }
    if (from !== this.#from) {
      this.#text = segmentTextLoose(this.token, from);
      this.#from = from;
    }
    return this.#text;
  }

  /** What looseText(from) gave, if it was asked for that offset; undefined if never decoded. */
  decodedAt(from: number): string | null | undefined {
    if (from === 0) return this.#header;
    return from === this.#from ? this.#text : undefined;
  }
}

/** A JWT family's detectCarrying: its detect, carrying the reads so the inspection can take the claims' text already decoded. */
export function carryingReads(detect: (token: string, reads?: DetectionReads) => number): (token: string, reads?: DetectionReads) => { confidence: number; carried?: unknown } {
  return (token, reads) => (reads ? { confidence: detect(token, reads), carried: reads } : { confidence: detect(token) });
}
