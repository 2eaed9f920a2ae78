import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/** A text input's, select's or textarea's look (app/globals.css's components layer). */
export const inputClasses = "field-input";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** Label, control, hint and errors wired together for screen readers. */
export function FieldShell({ id, label, hint, errors, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      {children(describedBy, Boolean(errorId))}
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div id={errorId} aria-live="polite" className="text-sm text-danger">
        {errors?.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  errors,
  ...input
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
} & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClasses}
          {...input}
        />
      )}
    </FieldShell>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  errors,
  ...textarea
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`${inputClasses} min-h-24`}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

/** A message for the whole form (not tied to one field). */
export function FormMessage({
  message,
  tone = "danger",
}: {
  message?: string;
  tone?: "danger" | "success";
}) {
  return (
    <div aria-live="polite" data-testid="form-message">
      {message ? (
        <p
          className={`rounded-md px-3 py-2 text-sm ${tone === "danger" ? "bg-danger-soft text-danger" : "bg-success-soft text-success"}`}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
