import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n';
import { PanelHeader } from '../panel-header';
import { TextField } from '../text-field';
import { LoginDocument } from './session.graphql';
import { useSession } from './session-context';
import { type SignInFailure, signInFailure } from './sign-in-error';

/**
 * The staff sign-in form. On success the session starts and the app shows the work
 * (this component unmounts); on failure one message in a role=alert region, so that
 * a screen reader announces it without moving focus away from the form.
 */
export function SignInPage() {
  const { messages } = useI18n();
  const text = messages.signIn;
  const { notice, manager } = useSession();
  // Not cached: the tokens belong to the session manager, not to Apollo's cache.
  const [login] = useMutation(LoginDocument, { fetchPolicy: 'no-cache' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // The note about the last session goes with the first attempt, for good: an alert
  // that came back with every retry would be announced again each time.
  const [attempted, setAttempted] = useState(false);
  const headingId = useId();
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setAttempted(true);
    setFailure(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) throw new Error('login answered without data');
      manager.signIn(data.login);
    } catch (error) {
      setFailure(signInFailure(error));
      setSubmitting(false);
    }
  }

  let error: string | null = null;
  if (failure?.kind === 'badCredentials') error = text.badCredentials;
  else if (failure?.kind === 'locked') {
    error = text.locked(
      failure.retryAfterSeconds === null ? null : Math.ceil(failure.retryAfterSeconds / 60),
    );
  } else if (failure?.kind === 'unavailable') error = text.unavailable;
  const credentialsRefused = failure?.kind === 'badCredentials';

  return (
    <section className="panel sign-in" aria-labelledby={headingId}>
      <PanelHeader headingId={headingId} title={text.heading} description={text.description} />
      {notice && !attempted ? (
        notice === 'signedOut' ? (
          <p className="sign-in__note" role="status">
            {text.signedOut}
          </p>
        ) : (
          <p className="notice notice--error notice--inline" role="alert">
            {notice === 'expired' ? text.sessionExpired : text.sessionEnded}
          </p>
        )
      ) : null}
      <form className="sign-in__form" onSubmit={submit}>
        <TextField
          label={text.email}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          invalid={credentialsRefused}
          errorId={error ? errorId : undefined}
        />
        <TextField
          label={text.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          invalid={credentialsRefused}
          errorId={error ? errorId : undefined}
        />
        {error ? (
          <p id={errorId} className="notice notice--error notice--inline" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button sign-in__submit" aria-disabled={submitting}>
          {submitting ? text.submitting : text.submit}
        </button>
      </form>
    </section>
  );
}
