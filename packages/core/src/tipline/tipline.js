// The public tipline's only script, and the site works without it. Quick exit: leave for a
// neutral site at once, replacing this page in the browser's history so that Back does not
// return to it (without JavaScript the button is an ordinary link). Escape twice does the same.
/* global document, window */
const exit = document.getElementById('quick-exit');
if (exit) {
  const leave = (event) => {
    if (event) event.preventDefault();
    document.body.hidden = true;
    window.location.replace(exit.href);
  };
  exit.addEventListener('click', leave);
  let lastEscape = -Infinity;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (event.timeStamp - lastEscape < 1000) leave(event);
    lastEscape = event.timeStamp;
  });
}
