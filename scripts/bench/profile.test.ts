import { describe, expect, it } from "vitest";
import { summarizeProfile } from "./profile";

const frame = (functionName: string, url: string) => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber: 0,
});

// root ─┬ (idle)
//       ├ render (Next's app-page runtime)
//       ├ processChunk (node:zlib) ─ write (native: compression work)
//       ├ query (our bundle)
//       └ post (the profiler hook) ─ dispatch (native: starting the profiler)
const profile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2, 3, 4, 6, 7] },
    { id: 2, callFrame: frame("(idle)", "") },
    {
      id: 3,
      callFrame: frame(
        "ez",
        "file:///app/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js",
      ),
    },
    { id: 4, callFrame: frame("processChunk", "node:zlib"), children: [5] },
    { id: 5, callFrame: frame("write", "") },
    { id: 6, callFrame: frame("query", "file:///app/.next/server/chunks/ssr/_abc._.js") },
    {
      id: 7,
      callFrame: frame("post", "file:///app/scripts/bench/profiler-hook.mjs"),
      children: [8],
    },
    { id: 8, callFrame: frame("dispatch", "") },
  ],
  startTime: 0,
  endTime: 0,
  // One sample per node, 1 ms each (time deltas are in microseconds), idle twice.
  samples: [2, 2, 3, 5, 6, 6, 8],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe("summarizeProfile", () => {
  it("sorts self time by where the code lives, leaving out idle time and the profiler's own", () => {
    const summary = summarizeProfile(profile);
    expect(summary.busyMs).toBe(4);
    expect(summary.byCategoryMs["React + Next render (app-page runtime)"]).toBe(1);
    expect(summary.byCategoryMs["gzip (Next's response compression)"]).toBe(1);
    expect(summary.byCategoryMs["app bundle (our code + bundled libraries)"]).toBe(2);
    expect(summary.byCategoryMs["Node.js core (streams, http, crypto)"]).toBe(0);
    expect(summary.top[0]).toMatchObject({ functionName: "query", ms: 2 });
  });
});
