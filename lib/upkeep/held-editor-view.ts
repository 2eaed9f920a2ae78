/**
 * What the held-credential editor shows, in the shape its loader produces and the component draws.
 * Plain data (strings, no Date objects) so it crosses from the server to the client unchanged.
 */

/** One credential's cycles, in words: "ARDMS CME period: 10 Jun 2023 – 31 Dec 2026 · On track". */
export interface HeldCycleLine {
  text: string;
  href: string;
}

/** One dated spell of a credential held (a credential held again after a lapse is a new spell). */
export interface HeldEditorSpell {
  id: string;
  slug: string;
  label: string;
  body: string;
  kind: string;
  earnedOn: string | null;
  status: "active" | "lapsed" | "ended";
  endedOn: string | null;
  version: number;
  cycles: HeldCycleLine[];
}

/** A credential earned through a plan's exams: listed, not edited here. */
export interface HeldEditorDerived {
  slug: string;
  label: string;
  body: string;
  earnedOn: string | null;
  cycles: HeldCycleLine[];
}

/** The credentials one can add, by issuer. */
export interface HeldEditorGroup {
  issuer: string;
  items: { slug: string; label: string; kind: string }[];
}
