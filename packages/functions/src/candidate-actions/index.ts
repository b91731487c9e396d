export { actions } from './routes.tsx';
