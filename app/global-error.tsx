"use client";

import { useEffect } from "react";

/**
 * The last resort, when the root layout itself fails: it replaces the whole document, so no
 * stylesheet or header is assumed. A few inline styles keep it readable in light and dark.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="en-US">
      <head>
        <title>Something went wrong · Sonography Career Planner</title>
        <meta name="color-scheme" content="light dark" />
      </head>
      <body
        style={{
          margin: 0,
          minHeight: "100vh",
          display: "grid",
          placeItems: "center",
          fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
          lineHeight: 1.5,
        }}
      >
        <main style={{ maxWidth: "32rem", padding: "1.5rem", textAlign: "center" }}>
          <h1 style={{ fontSize: "1.5rem", margin: "0 0 0.5rem" }}>Something went wrong</h1>
          <p style={{ margin: "0 0 1.5rem" }}>
            The planner couldn&apos;t load. Your saved plans are safe. Please try again.
          </p>
          <button
            type="button"
            onClick={() => retry()}
            style={{
              minHeight: "44px",
              padding: "0 1.25rem",
              border: 0,
              borderRadius: "6px",
              background: "#0b6e75",
              color: "#fff",
              font: "inherit",
              fontWeight: 600,
              cursor: "pointer",
            }}
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
