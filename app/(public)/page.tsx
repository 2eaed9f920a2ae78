import { Link } from "@/components/ui/link";
import { buttonClasses } from "@/components/ui/button";

const FEATURES = [
  {
    title: "Compare real paths",
    body: "Echocardiographer, PACS administrator, clinical educator, imaging manager and more, side by side: pay, growth, what each asks of you.",
  },
  {
    title: "Know exactly what it takes",
    body: "Every exam, credential, degree and year of experience, in order, with the registry's rules and a source for each fact.",
  },
  {
    title: "Track it to done",
    body: "Plan, schedule and pass each milestone. See what's next, what's due and how far you are, on your phone between scans.",
  },
];

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section className="space-y-5 pt-4 sm:pt-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">
          For working sonographers
        </p>
        <h1 className="max-w-2xl text-3xl font-semibold tracking-tight sm:text-4xl">
          Plan your next step in sonography, and see it through.
        </h1>
        <p className="max-w-2xl text-lg text-muted">
          Choose an advancement path, get a personal plan of the certifications, exams and degrees
          it needs in a sensible order, and track every milestone from planned to passed.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={buttonClasses("primary")}>
            Start your plan
          </Link>
          <Link href="/paths" className={buttonClasses("secondary")}>
            Explore career paths
          </Link>
        </div>
      </section>
      <section aria-labelledby="features-heading" className="space-y-4">
        <h2 id="features-heading" className="sr-only">
          What the planner does
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {FEATURES.map((feature) => (
            <li key={feature.title} className="rounded-lg border border-border bg-surface p-5">
              <h3 className="font-semibold">{feature.title}</h3>
              <p className="mt-2 text-sm text-muted">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
