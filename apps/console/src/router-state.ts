// Whether the user has moved within the console since it loaded (set by the router on every
// resolved navigation after the first): later screens' headings then take focus.
let navigated = false;

export function markNavigated(): void {
  navigated = true;
}

export function hasNavigated(): boolean {
  return navigated;
}
