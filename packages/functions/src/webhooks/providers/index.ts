export { translateAshby } from './ashby.ts';
export { translateCalcom } from './calcom.ts';
export { translateCalendly } from './calendly.ts';
export { translateGreenhouse } from './greenhouse.ts';
export { translateLever } from './lever.ts';
export { readJson } from './schemas.ts';
export { translateStandard } from './standard.ts';
