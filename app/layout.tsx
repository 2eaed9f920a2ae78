import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { THEME_SCRIPT } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sonography Career Planner", template: "%s · Sonography Career Planner" },
  description:
    "Plan your next step as a sonographer: compare advancement paths, see every exam, credential and degree they need, and track your progress.",
  applicationName: "Sonography Career Planner",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f9fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0d141c" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before hydration: React must not "correct" it.
    <html lang="en-US" suppressHydrationWarning>
      <head>
        {/* Applies the remembered theme before first paint; its text is hashed for the CSP. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col bg-bg text-fg antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {/* The header and <main id="main"> come from each route group's frame (PageFrame). */}
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
