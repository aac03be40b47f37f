import { type ReactNode, useEffect, useRef } from "react";

/**
 * The frame every route detail shares, built-in or imported: an article named by its heading,
 * in the route's colour, with a Close button. It is mounted afresh for each route (keyed by id),
 * so focus moves to the new heading for keyboard users.
 */
export function DetailShell({
  name,
  colour,
  user = false,
  onClose,
  children,
}: {
  name: string;
  colour: string;
  /** An imported route's detail. */
  user?: boolean;
  onClose(): void;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <article
      id="route-detail"
      className={`route-detail${user ? " is-user" : ""}`}
      aria-labelledby="detail-heading"
      style={{ "--route-colour": colour } as React.CSSProperties}
    >
      <header className="detail-head">
        <h2 id="detail-heading" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="close" onClick={onClose}>
          Close<span className="visually-hidden"> {name} details</span>
        </button>
      </header>
      {children}
    </article>
  );
}
