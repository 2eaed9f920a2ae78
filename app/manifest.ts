import type { MetadataRoute } from "next";

/** Lets the planner be added to a phone's home screen and open like an app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Sonography Career Planner",
    short_name: "Career Planner",
    description:
      "Plan your next step as a sonographer: compare paths, see every exam, credential and degree they need, and track your progress.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#f7f9fb",
    theme_color: "#0b6e75",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png", purpose: "any" },
    ],
  };
}
