/** Enters full screen, or leaves it. Refused (no user gesture, or a frame without permission): nothing. */
export function toggleFullscreen(): void {
  const done = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen?.();
  void done?.catch(() => {});
}
