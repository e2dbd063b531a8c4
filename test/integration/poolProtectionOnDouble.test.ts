// Delete User Pool on a protected pool, through the extension's own wiring against the AWS-faithful
// double: turning protection off is an UpdateUserPool that must carry the pool's whole configuration
// (what it leaves out is reset) and nothing AWS refuses (both temporary-password validities, both e-mail
// verification messages, the deprecated e-mail members beside a link-style template). Read back with a
// plain SDK client: the pool is gone, or, when the flow stops, still protected with every setting kept.
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { deleteUserPool } from '../../src/commands/flows/pools/deleteResources';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault } from '../support/connections';
import { useDouble } from '../support/sessionHooks';
import { assertOnlyChanged } from '../support/onlyChanged';
import { flowAgainst } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';

const REGION = 'eu-west-2';

/** A pool with every member UpdateUserPool takes set away from its default, deletion protection on. */
const RICH_POOL = poolAwayFromDefaults(REGION);

describe('Delete User Pool on a protected pool, against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  const createRichPool = async () => {
    const { UserPool } = await session.client.send(new CreateUserPoolCommand(RICH_POOL));
    return { id: UserPool?.Id as string, name: RICH_POOL.PoolName as string };
  };
  const describe = async (UserPoolId: string) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;
  const run = (answers: Answer[]) => flowAgainst(cognito, answers);

  it('turns protection off and deletes the pool once its name is typed', async () => {
    const pool = await createRichPool();
    await deleteUserPool(run([{ confirm: true }, { input: pool.name }]).deps, onDefault(pool));
    await assert.rejects(describe(pool.id), { name: 'ResourceNotFoundException' });
  });

  it('keeps every other setting, each set away from its default, when protection is turned off and on again', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    await cognito.pools.setDeletionProtection(pool.id, false);
    const off = await describe(pool.id);
    assertOnlyChanged(before, off, ['DeletionProtection']);
    assert.equal(off?.DeletionProtection, 'INACTIVE');
    await cognito.pools.setDeletionProtection(pool.id, true);
    assertOnlyChanged(before, await describe(pool.id), []);
  });

  it('changes nothing when the name step is cancelled', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    await assert.rejects(deleteUserPool(run([{ confirm: true }, ESC]).deps, onDefault(pool)));
    assert.deepEqual(await describe(pool.id), before, 'still protected, not even touched');
  });

  it('puts protection back on when the delete fails after it was turned off, and says so', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    session.double.failNext(1, 400, 'DeleteUserPool');
    await assert.rejects(deleteUserPool(run([{ confirm: true }, { input: pool.name }]).deps, onDefault(pool)), {
      message: 'The pool "ledger-prod" was not deleted, and its deletion protection is on again: Cognito had an internal error; retry in a moment.',
    });
    const after = await describe(pool.id);
    assert.equal(after?.DeletionProtection, 'ACTIVE');
    assertOnlyChanged(before, after, []);
  });
});
