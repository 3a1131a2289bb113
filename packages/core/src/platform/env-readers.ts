// How settings are read from the environment: each reader answers the fallback for an unset or
// empty variable, and for a bad one records the problem (config.ts lists them all at start).

type Env = Readonly<Record<string, string | undefined>>;

export function envReaders(env: Env, problems: string[]) {
  return {
    int(name: string, fallback: number, min: number, max: number): number {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      const value = Number(raw);
      if (Number.isInteger(value) && value >= min && value <= max) return value;
      problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return fallback;
    },
    flag(name: string, fallback: boolean): boolean {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      problems.push(`${name}: expected true or false`);
      return fallback;
    },
    text(name: string, fallback: string): string {
      const raw = env[name];
      return raw === undefined || raw === '' ? fallback : raw;
    },
    /** The value, or undefined when unset or empty. */
    optional(name: string): string | undefined {
      const raw = env[name];
      return raw === undefined || raw === '' ? undefined : raw;
    },
  };
}
