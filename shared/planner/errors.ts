/** Thrown for input nobody can plan, with a message that says what to change. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}
