// Precision, recall and F1 over one slice of a labelled file.

export class Score {
  tp = 0; fp = 0; fn = 0; tn = 0;
  add(truth: boolean, predicted: boolean) {
    if (truth && predicted) this.tp++;
    else if (!truth && predicted) this.fp++;
    else if (truth) this.fn++;
    else this.tn++;
  }
  get p() { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0; }
  get r() { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0; }
  get f1() { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
  get n() { return this.tp + this.fp + this.fn + this.tn; }
  line(name: string) {
    const f = (x: number) => x.toFixed(3);
    return `  ${name.padEnd(58)} n=${String(this.n).padStart(5)}  P=${f(this.p)}  R=${f(this.r)}  F1=${f(this.f1)}`;
  }
}

/** "owner/repo:path/to/file.tsv" -> "repo:file.tsv", enough to tell sources apart. */
export const shortSource = (source: string) =>
  source.split(' + ').map((s) => s.replace(/^[^/]+\/([^:]+):(?:.*\/)?([^/]+)$/, '$1:$2')).join(' + ');
