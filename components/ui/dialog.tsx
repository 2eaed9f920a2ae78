"use client";

import {
  cloneElement,
  createContext,
  isValidElement,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from "react";

const CloseDialog = createContext<(() => void) | null>(null);

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Tab and Shift+Tab wrap around inside the dialog. A modal <dialog> already makes the page
 * behind it inert, but lets Tab leave for the browser's own controls; a keyboard user expects to
 * stay in the dialog until it closes.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.offsetParent !== null || element === document.activeElement,
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

type Clickable = ReactElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void }>;

/** Adds a click handler to an element, after its own. */
function withClick(element: Clickable, onClick: () => void): Clickable {
  return cloneElement(element, {
    onClick: (event: MouseEvent<HTMLElement>) => {
      element.props.onClick?.(event);
      if (!event.defaultPrevented) onClick();
    },
  });
}

/**
 * A modal dialog on the browser's own `<dialog>`: `showModal()` puts it in the top layer, makes
 * the rest of the page inert, moves focus in, closes on Escape and hands focus back to what had it
 * (the trigger) on close; Tab stays inside. A click on the backdrop closes it too. On a phone it is a bottom sheet.
 * The content is rendered only while open, so a closed dialog's form starts afresh.
 */
export function Dialog({
  trigger,
  title,
  description,
  children,
  open,
  onOpenChange,
}: {
  /** The element that opens it (a button). */
  trigger?: Clickable;
  title: string;
  description?: string;
  children: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const [openHere, setOpenHere] = useState(false);
  const isOpen = open ?? openHere;
  const setOpen = (next: boolean) => {
    if (open === undefined) setOpenHere(next);
    onOpenChange?.(next);
  };
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  const close = () => setOpen(false);
  return (
    <CloseDialog.Provider value={close}>
      {trigger && isValidElement(trigger) ? withClick(trigger, () => setOpen(true)) : null}
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onKeyDown={keepFocusInside}
        // Escape: the browser fires `cancel` at once and `close` a task later, when focus is
        // already back on the trigger. Following `cancel` keeps React's state in step at once, so
        // a Space or Enter pressed right after Escape opens the dialog again instead of meeting a
        // state that still says "open".
        onCancel={() => close()}
        // Any other close: follow it, unless the dialog was opened again meanwhile.
        onClose={(event) => {
          if (isOpen && !event.currentTarget.open) close();
        }}
        // A click on the backdrop lands on the <dialog> itself, outside its padding box's content.
        onClick={(event) => {
          if (event.target !== event.currentTarget) return;
          const box = event.currentTarget.getBoundingClientRect();
          const inside =
            event.clientX >= box.left &&
            event.clientX <= box.right &&
            event.clientY >= box.top &&
            event.clientY <= box.bottom;
          if (!inside) close();
        }}
        className="dialog-sheet"
      >
        {isOpen ? (
          <>
            <h2 id={titleId} className="pr-10 text-lg font-semibold">
              {title}
            </h2>
            <p id={descriptionId} className={description ? "mt-1 text-sm text-muted" : "sr-only"}>
              {description ?? title}
            </p>
            <div className="mt-4">{children}</div>
            <button
              type="button"
              onClick={close}
              className="absolute right-3 top-3 inline-flex h-11 w-11 items-center justify-center rounded-md text-muted hover:bg-surface-2"
              aria-label="Close"
            >
              <span aria-hidden="true">✕</span>
            </button>
          </>
        ) : null}
      </dialog>
    </CloseDialog.Provider>
  );
}

/** Closes the dialog it sits in when its child (a button) is clicked. */
export function DialogClose({ children }: { asChild?: true; children: Clickable }) {
  const close = useContext(CloseDialog);
  return close ? withClick(children, close) : children;
}
