/**
 * `npm start`. The AWS SDK warns about Node 20 as it loads; Lambda runs Node 22, so the
 * warning is silenced before anything imports the SDK (hence the dynamic import).
 */
import { quietAwsSdk } from '@followup/core/config';

quietAwsSdk();
const { main } = await import('./main.ts');
process.exitCode = await main();
