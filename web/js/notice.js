// One message handed from one view to the next (e.g. "your session ended").

let pending = "";

export function setNotice(message) {
  pending = message;
}

export function takeNotice() {
  const message = pending;
  pending = "";
  return message;
}
