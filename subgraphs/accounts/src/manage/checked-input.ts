import { badUserInput } from '@civicgraph/platform';

/** Names and labels: trimmed, not empty, not a novel. */
export function checkedText(value: string, argument: string, maxLength = 200): string {
  const text = value.trim();
  if (text.length === 0 || text.length > maxLength) {
    throw badUserInput(`${argument} must be 1 to ${maxLength} characters`, { argument });
  }
  return text;
}

// One @, something on each side, a dot in the domain, no spaces: enough to catch a
// slip; whether the address receives mail only sending to it can tell.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address as it will be stored: trimmed and plausibly an address. */
export function checkedEmail(value: string, argument: string): string {
  const email = value.trim();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw badUserInput(`${argument} must be an email address`, { argument });
  }
  return email;
}
