import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "ghost" | "danger";
type Size = "md" | "sm";

/**
 * The classes of a button, from app/globals.css's components layer (`btn`, `btn-VARIANT`,
 * `btn-SIZE`): short names, because every button on a page repeats them. `extra` utilities win
 * over them.
 */
export function buttonClasses(variant: Variant = "primary", size: Size = "md", extra = "") {
  return extra ? `btn btn-${variant} btn-${size} ${extra}` : `btn btn-${variant} btn-${size}`;
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: Size;
}

/** A styled <button>; a link that looks like one takes `buttonClasses` instead. */
export function Button({ variant, size, className = "", ...props }: ButtonProps) {
  return <button className={buttonClasses(variant, size, className)} {...props} />;
}
