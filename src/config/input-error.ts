/** A problem with one action input. The message names the input so the user knows what to fix. */
export class InputError extends Error {
  readonly input: string;

  constructor(input: string, problem: string) {
    super(`Input '${input}': ${problem}`);
    this.name = 'InputError';
    this.input = input;
  }
}
