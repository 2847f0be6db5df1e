import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * The map's code may fail to arrive (offline; a new release replaced the file): the rest
 * of the page stays, the map's box says what happened.
 */
export class MapCodeBoundary extends Component<
  { fallback: (error: Error) => ReactNode; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('The map could not be shown', error, info.componentStack);
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
