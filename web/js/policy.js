// The server says what the viewer may do in a space ("can": ["members.view",
// ...]); the page shows a control only when its action is listed.

export function can(space, action) {
  return space.can.includes(action);
}
