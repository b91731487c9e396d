/**
 * The one table. It mirrors `tableDefinition()` in packages/core/src/adapters/dynamo/table.ts
 * exactly (test/infra.test.ts compares them): `pk`, four sparse indexes, TTL on `expiresAt`.
 */
import { isProduction } from './stage';

export const table = new sst.aws.Dynamo('Table', {
  fields: { pk: 'string', tpk: 'string', tsk: 'string', spk: 'string', epk: 'string', duePk: 'string', dueSk: 'string' },
  primaryIndex: { hashKey: 'pk' },
  globalIndexes: {
    byTenant: { hashKey: 'tpk', rangeKey: 'tsk', projection: 'all' },
    byStatus: { hashKey: 'spk', rangeKey: 'tsk', projection: 'all' },
    byEmail: { hashKey: 'epk', rangeKey: 'tsk', projection: 'all' },
    // The due-time index: the sweeper reads ids here, then claims on the item itself.
    byDue: { hashKey: 'duePk', rangeKey: 'dueSk', projection: ['tenant'] },
  },
  ttl: 'expiresAt',
  deletionProtection: isProduction,
});
