/** Numbers values in the order they are first met: data can then name each by number, listed once in `values`. */
export class Numbering<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<T, number>();

  of(value: T): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      this.numbers.set(value, (n = this.values.length));
      this.values.push(value);
    }
    return n;
  }
}
