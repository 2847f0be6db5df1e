import type { ReactNode } from 'react';

/** A page's panel heading: its h1 (labelling the panel), a description, and extras. */
export function PanelHeader({
  headingId,
  title,
  description,
  children,
}: {
  headingId: string;
  title: string;
  description: string;
  children?: ReactNode;
}) {
  return (
    <div className="panel__header">
      <div>
        <h1 id={headingId} className="panel__title">
          {title}
        </h1>
        <p className="panel__description">{description}</p>
      </div>
      {children}
    </div>
  );
}
