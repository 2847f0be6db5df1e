/** Label value of anything past the bound: an unknown name, or one too many. */
export const OTHER_LABEL = '(other)';

export interface BoundedLabelOptions {
  /** Distinct values kept; later new ones are counted as `(other)`. */
  max: number;
  /** What a value must look like to be kept as itself. */
  pattern: RegExp;
}

/**
 * A label whose values come from outside (operation names clients choose, error codes
 * subgraphs send): the first `max` distinct well-formed values are kept for the life
 * of the process, every other one becomes `(other)`. Each distinct value is a time
 * series in Prometheus, so a client inventing names must not be able to grow them.
 */
export class BoundedLabel {
  private readonly kept = new Set<string>();

  constructor(private readonly options: BoundedLabelOptions) {}

  of(value: string): string {
    if (this.kept.has(value)) return value;
    if (this.kept.size >= this.options.max || !this.options.pattern.test(value)) {
      return OTHER_LABEL;
    }
    this.kept.add(value);
    return value;
  }
}
