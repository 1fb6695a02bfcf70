/** Who sits where in the round being seated: per-table member lists with O(1) place and remove. */
export class RoundSeats {
  /** Table per mentee, −1 while not seated. */
  readonly seat: Int32Array;
  readonly load: Int32Array;
  /** Members of table m are occ[m·K .. m·K + load[m]). */
  readonly occ: Int32Array;
  readonly K: number;
  private readonly posIn: Int32Array;
  /** Free seats left in the room. */
  room = 0;

  constructor(
    readonly T: number,
    readonly M: number,
    readonly cap: number,
    fullest = 0,
  ) {
    // A table never holds more than every mentee, so storage need not follow a huge capacity;
    // `fullest` makes room for a locked round's table beyond the capacity.
    this.K = Math.max(1, Math.min(cap, M), fullest);
    this.seat = new Int32Array(M).fill(-1);
    this.load = new Int32Array(T);
    this.occ = new Int32Array(T * this.K);
    this.posIn = new Int32Array(M);
    this.reset();
  }

  /** Empty the room for a new round. */
  reset(): void {
    this.seat.fill(-1);
    this.load.fill(0);
    this.room = this.T * this.cap;
  }

  /** Whether table m has a free seat. */
  hasRoom(m: number): boolean {
    return this.load[m]! < this.cap;
  }

  /** Seat mentee x (not seated) at table m (with room). */
  place(x: number, m: number): void {
    const i = this.load[m]!;
    this.occ[m * this.K + i] = x;
    this.posIn[x] = i;
    this.load[m] = i + 1;
    this.seat[x] = m;
    this.room--;
  }

  /** Take mentee x off their table. */
  unplace(x: number): void {
    const m = this.seat[x]!;
    if (m < 0) return;
    const last = this.occ[m * this.K + this.load[m]! - 1]!;
    const i = this.posIn[x]!;
    this.occ[m * this.K + i] = last;
    this.posIn[last] = i;
    this.load[m]!--;
    this.seat[x] = -1;
    this.room++;
  }

  /** Move mentee x to table m (with room). */
  move(x: number, m: number): void {
    this.unplace(x);
    this.place(x, m);
  }
}
