/** The SES mailer, built on the first send: a function that never sends never loads the SES client. */
import type { Config, Mailer } from '@followup/core/ports';

/**
 * @example const mailer = lazySesMailer(config); await mailer.send(email)
 */
export function lazySesMailer(config: Config): Mailer {
  let mailer: Promise<Mailer> | undefined;
  return {
    async send(email) {
      mailer ??= import('@followup/core/adapters/ses').then(({ SesMailer, createSesClient }) =>
        new SesMailer(createSesClient(config.mail), { configurationSetName: config.mail.configurationSet }));
      return (await mailer).send(email);
    },
  };
}
