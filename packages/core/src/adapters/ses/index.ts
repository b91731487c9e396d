export { SesMailer, createSesClient, type SesMailerOptions } from './ses-mailer.ts';
