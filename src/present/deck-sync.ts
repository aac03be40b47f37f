import { useEffect, useRef } from "react";
import type { Action, DeckPosition, Mode } from "../state/app-state";

/** Same-origin messaging between the projected window and the presenter view. */
const CHANNEL = "caspian-routes-deck-v1";
/**
 * How long the presenter view waits for the projected window's answer to its hello, in ms. The
 * answer is one message from a window already open; silence means the browser keeps the two
 * apart (some do for pages opened from a file), and the presenter view says so.
 */
const ANSWER_WITHIN_MS = 4000;

/** What the presenter view knows of the projected window. */
export type Audience = "presenting" | "left" | "unreachable";

/**
 * A window's place in the deck. The slide's id travels with its number: the two windows may
 * number slides differently for a moment (one has not yet read the teacher's saved routes, which
 * add slides), and the id finds the same slide in either.
 */
type Position = { mode: Mode; deck: DeckPosition; blank: boolean; slideId: string | undefined };
type Message = { type: "position"; position: Position } | { type: "hello" } | { type: "bye" };

function sameDeck(a: Position | null, b: Position): boolean {
  return (
    !!a &&
    a.blank === b.blank &&
    (a.slideId === undefined || b.slideId === undefined || a.slideId === b.slideId) &&
    a.deck.slide === b.deck.slide &&
    a.deck.step === b.deck.step
  );
}

/**
 * Keeps the deck position of this window and the other in step. A window posts its position
 * when it changes here, and applies positions it receives without echoing them back.
 * `role` "presenter" never changes its own mode from what it receives.
 */
export function useDeckSync(
  position: Position,
  dispatch: (a: Action) => void,
  role: "audience" | "presenter",
  /** This window's number for a slide id (-1 when it has no such slide). */
  indexOf: (slideId: string) => number,
  /** The presenter hears whether the projected window presents, has left or closed, or never answers. */
  onAudience?: (audience: Audience) => void,
) {
  const audienceHeard = useRef(onAudience);
  audienceHeard.current = onAudience;
  const findSlide = useRef(indexOf);
  findSlide.current = indexOf;
  const channel = useRef<BroadcastChannel | null>(null);
  const lastSeen = useRef<Position | null>(null);
  const latest = useRef(position);
  latest.current = position;

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") {
      if (role === "presenter") audienceHeard.current?.("unreachable");
      return;
    }
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    const silence =
      role === "presenter" ? window.setTimeout(() => audienceHeard.current?.("unreachable"), ANSWER_WITHIN_MS) : 0;
    ch.onmessage = (e: MessageEvent<Message>) => {
      const msg = e.data;
      window.clearTimeout(silence);
      if (msg?.type === "hello") {
        if (role === "audience") ch.postMessage({ type: "position", position: latest.current } satisfies Message);
        return;
      }
      if (msg?.type === "bye") {
        if (role === "presenter") audienceHeard.current?.("left");
        return;
      }
      if (msg?.type !== "position") return;
      if (role === "presenter") audienceHeard.current?.(msg.position.mode === "present" ? "presenting" : "left");
      const { deck, blank, mode, slideId } = msg.position;
      const here = slideId === undefined ? -1 : findSlide.current(slideId);
      const local = here >= 0 ? { ...deck, slide: here } : deck;
      // A slide this window lacks (yet): follow by number, and do not echo the difference back.
      lastSeen.current = { ...msg.position, deck: local, slideId: here >= 0 ? slideId : undefined };
      dispatch({ type: "sync", deck: local, blank, mode: role === "audience" ? mode : undefined });
    };
    if (role === "presenter") ch.postMessage({ type: "hello" } satisfies Message);
    // Closing the projected window ends the presentation for the presenter view too.
    const bye = () => ch.postMessage({ type: "bye" } satisfies Message);
    if (role === "audience") window.addEventListener("pagehide", bye);
    return () => {
      window.clearTimeout(silence);
      window.removeEventListener("pagehide", bye);
      ch.close();
      channel.current = null;
    };
  }, [dispatch, role]);

  useEffect(() => {
    const ch = channel.current;
    if (!ch) return;
    // The presenter has no mode of its own: when it moves, the audience window presents.
    const unchanged =
      sameDeck(lastSeen.current, position) && (role === "presenter" || lastSeen.current?.mode === position.mode);
    if (unchanged) return;
    const out: Position = role === "presenter" ? { ...position, mode: "present" } : position;
    lastSeen.current = out;
    ch.postMessage({ type: "position", position: out } satisfies Message);
  }, [position, role]);
}
