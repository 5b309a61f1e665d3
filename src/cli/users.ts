// `vigil user …`: add a user (optionally with a password and an API token), set a password, invite by email.
// Passwords are read from standard input only (never from arguments, which other local users can see in the process list).
import { Command, Option } from 'commander';
import { USER_ROLES } from '../domain/vocabulary.ts';
import { CliError, withContext } from './lazy.ts';

/** Reads a password piped to standard input, without its final line break. */
async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new CliError('--password-stdin: pipe the password in, for example: printf %s "$PASSWORD" | vigil …');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (text === '') throw new CliError('--password-stdin: nothing was read from standard input');
  return text;
}

const roleOption = () => new Option('--role <role>', 'role').choices([...USER_ROLES]).makeOptionMandatory();

/** Adds the `user` command group to the program. */
export function registerUserCommands(program: Command, say: (line: string) => void): void {
  const user = program.command('user').description('Manage accounts');

  user
    .command('add')
    .description('Add a user; with --token, print a new API token alone on the last line')
    .requiredOption('--email <email>', 'email address')
    .addOption(roleOption())
    .option('--name <name>', 'display name')
    .option('--password-stdin', 'read the password from standard input')
    .option('--token', 'also create an API token')
    .action(async (opts: { email: string; role: string; name?: string; passwordStdin?: boolean; token?: boolean }) => {
      const password = opts.passwordStdin ? await passwordFromStdin() : undefined;
      const { addUser } = await import('../commands/users/add-user.ts');
      await withContext(async (ctx) => {
        const input = { email: opts.email, role: opts.role, ...(opts.name ? { displayName: opts.name } : {}) };
        const { user: u, secret } = await addUser(ctx, input, Boolean(opts.token), password);
        say(`user ${u.id} ${u.email} (${u.role}) added${password === undefined ? '' : ' with a password'}`);
        if (secret) {
          say('API token (shown once; store it now):');
          say(secret);
        }
      });
    });

  user
    .command('passwd')
    .description("Set a user's password (read from standard input); ends all of their sessions")
    .requiredOption('--email <email>', 'email address')
    .requiredOption('--password-stdin', 'read the password from standard input')
    .action(async (opts: { email: string }) => {
      const password = await passwordFromStdin();
      const { setPassword } = await import('../commands/users/set-password.ts');
      await withContext(async (ctx) => {
        const r = await setPassword(ctx, { email: opts.email, password });
        say(`password of ${opts.email.trim().toLowerCase()} set; ${r.sessionsEnded} session(s) ended`);
      });
    });

  user
    .command('reset-2fa')
    .description("Turn off a user's second factor and recovery codes (lost authenticator); ends their sessions")
    .requiredOption('--email <email>', 'email address')
    .action(async (opts: { email: string }) => {
      const { resetTwoFactor } = await import('../commands/users/reset-two-factor.ts');
      await withContext(async (ctx) => {
        const r = await resetTwoFactor(ctx, { email: opts.email });
        say(
          `second factor of ${opts.email.trim().toLowerCase()} reset; ${r.sessionsEnded} session(s) ended; it must be set up again at the next sign-in`,
        );
      });
    });

  user
    .command('invite')
    .description('Invite an email address to a role: a link valid 7 days, sent by SMTP or written to <data dir>/outbox')
    .requiredOption('--email <email>', 'email address')
    .addOption(roleOption())
    .action(async (opts: { email: string; role: string }) => {
      const { inviteUser } = await import('../commands/users/invite-user.ts');
      await withContext(async (ctx) => {
        const { invitation, delivery } = await inviteUser(ctx, { email: opts.email, role: opts.role });
        const where = delivery.via === 'smtp' ? 'sent by SMTP' : `written to ${delivery.file}`;
        say(`invitation for ${invitation.email} (${invitation.role}) ${where}; valid until ${invitation.expiresAt}`);
      });
    });
}
