import { type ReactNode, useId } from 'react';
import { useI18n } from '../i18n';

/**
 * The box a map is drawn in: a named region (a section with a name is a landmark that
 * screen-reader users can jump to), also shown while the map's code is on its way.
 */
export function MapFrame({
  label,
  description,
  className,
  children,
}: {
  label?: string;
  /** Read after the name (aria-describedby): what the map offers, where its alternative is. */
  description?: string;
  className?: string;
  children: ReactNode;
}) {
  const { messages } = useI18n();
  const descriptionId = useId();
  return (
    <section
      className={className ? `city-map ${className}` : 'city-map'}
      aria-label={label ?? messages.map.label}
      aria-describedby={description ? descriptionId : undefined}
    >
      {description ? (
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
      ) : null}
      {children}
    </section>
  );
}

/** Covers the map while it loads. */
export function MapLoading() {
  const { messages } = useI18n();
  return (
    <p className="city-map__notice notice notice--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {messages.map.loading}
    </p>
  );
}

/** Covers the map when it cannot be shown; `children` may offer a way out (Retry). */
export function MapFailed({
  title,
  detail,
  alert = false,
  children,
}: {
  title: string;
  detail: string;
  /** Announced at once: for a failure, not for a browser that never could. */
  alert?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="city-map__notice notice notice--error" role={alert ? 'alert' : undefined}>
      <p className="notice__title">{title}</p>
      <p className="notice__detail">{detail}</p>
      {children}
    </div>
  );
}
