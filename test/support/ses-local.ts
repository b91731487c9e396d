/** The tests use the same aws-ses-v2-local starter as `npm start`. */
export { startSesLocal, type SesLocal, type StoredEmail } from '../../packages/functions/src/local/ses-local.ts';
