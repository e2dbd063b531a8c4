// AddCustomAttributes on the Cognito double with a plain SDK client (no extension code): one test per rule
// of the API reference and the developer guide that test/double/customAttributes.ts cites, each read back
// with DescribeUserPool, and a refused request leaving the schema as it was.
import * as assert from 'node:assert/strict';
import {
  AddCustomAttributesCommand,
  AdminCreateUserCommand,
  AdminUpdateUserAttributesCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  type SchemaAttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { existingAttribute, REQUIRED_CUSTOM, TOO_MANY_CUSTOM } from '../customAttributes';
import { rejectsWith } from '../../support/signInDouble';
import { useDouble } from '../../support/sessionHooks';

const REGION = 'ap-northeast-3';

describe('the Cognito double adds custom attributes as AWS does', function () {
  this.timeout(20_000);
  let clock = Date.UTC(2026, 10, 2, 9, 30);
  const session = useDouble({ region: REGION, now: () => clock, pools: [{ name: 'seeded', customAttributes: [{ name: 'tenant', maxLength: 36, mutable: false }] }] }, { region: REGION, maxAttempts: 1 });
  let counter = 0;

  const newPool = async () => (await session.client.send(new CreateUserPoolCommand({ PoolName: `attrs-${++counter}` }))).UserPool?.Id as string;
  const add = (UserPoolId: string, ...CustomAttributes: SchemaAttributeType[]) => session.client.send(new AddCustomAttributesCommand({ UserPoolId, CustomAttributes }));
  const schema = async (UserPoolId: string) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool?.SchemaAttributes ?? [];
  const custom = async (UserPoolId: string) => (await schema(UserPoolId)).filter((a) => a.Name?.startsWith('custom:'));

  it('adds custom:<name> after the standard attributes, with its type, limits and mutability', async () => {
    const id = await newPool();
    const before = await schema(id);
    await add(
      id,
      { Name: 'plan', AttributeDataType: 'String', Mutable: false, StringAttributeConstraints: { MinLength: '2', MaxLength: '64' } },
      { Name: 'level', AttributeDataType: 'Number', NumberAttributeConstraints: { MinValue: '-5' } },
    );
    const after = await schema(id);
    assert.deepEqual(after.slice(0, before.length), before, 'the standard attributes stay as they were, in order');
    assert.deepEqual(after.slice(before.length), [
      { Name: 'custom:plan', AttributeDataType: 'String', DeveloperOnlyAttribute: false, Mutable: false, Required: false, StringAttributeConstraints: { MinLength: '2', MaxLength: '64' } },
      { Name: 'custom:level', AttributeDataType: 'Number', DeveloperOnlyAttribute: false, Mutable: true, Required: false, NumberAttributeConstraints: { MinValue: '-5' } },
    ]);
  });

  it('checks values written afterwards against the new attribute: its limits, and no update of an immutable one', async () => {
    const id = await newPool();
    await add(id, { Name: 'plan', AttributeDataType: 'String', Mutable: false, StringAttributeConstraints: { MinLength: '2', MaxLength: '4' } });
    const create = (Username: string, Value: string) => session.client.send(new AdminCreateUserCommand({ UserPoolId: id, Username, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'custom:plan', Value }] }));
    await rejectsWith(create('bo', 'golden'), 'InvalidParameterException', /custom:plan: String must be no longer than 4 characters/);
    await session.client.send(new AdminCreateUserCommand({ UserPoolId: id, Username: 'ana', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'custom:plan', Value: 'gold' }] }));
    await rejectsWith(session.client.send(new AdminUpdateUserAttributesCommand({ UserPoolId: id, Username: 'ana', UserAttributes: [{ Name: 'custom:plan', Value: 'tin' }] })), 'InvalidParameterException', /custom:plan: Attribute cannot be updated/);
  });

  it('accepts every data type of the API, DateTime and Boolean too', async () => {
    const id = await newPool();
    await add(id, { Name: 'since', AttributeDataType: 'DateTime' }, { Name: 'vip', AttributeDataType: 'Boolean' });
    assert.deepEqual((await custom(id)).map((a) => `${a.Name} ${a.AttributeDataType}`), ['custom:since DateTime', 'custom:vip Boolean']);
  });

  it('refuses a data type the API does not know', async () => {
    const id = await newPool();
    await rejectsWith(add(id, { Name: 'x', AttributeDataType: 'Date' as 'String' }), 'InvalidParameterException', /customAttributes\.1\.member\.attributeDataType.*Member must satisfy enum value set: \[String, Number, DateTime, Boolean\]/);
  });

  it('takes a name of 1–20 characters of letters, marks, symbols, numbers and punctuation, and nothing else', async () => {
    const id = await newPool();
    await add(id, { Name: 'x'.repeat(20) }, { Name: 'Été-ñ.2' });
    await rejectsWith(add(id, { Name: 'y'.repeat(21) }), 'InvalidParameterException', /customAttributes\.1\.member\.name.*Member must have length less than or equal to 20/);
    await rejectsWith(add(id, { Name: '' }), 'InvalidParameterException', /Member must have length greater than or equal to 1/);
    await rejectsWith(add(id, { Name: 'two words' }), 'InvalidParameterException', /Member must satisfy regular expression pattern/);
    assert.equal((await custom(id)).length, 2);
  });

  it('refuses a name the pool has, in AWS’s words, whether added earlier, seeded or twice in one request', async () => {
    const id = await newPool();
    await add(id, { Name: 'plan' });
    await rejectsWith(add(id, { Name: 'plan', AttributeDataType: 'Number' }), 'InvalidParameterException', existingAttribute('plan'));
    await rejectsWith(add(id, { Name: 'twin' }, { Name: 'twin' }), 'InvalidParameterException', existingAttribute('twin'));
    await rejectsWith(add(session.double.pools[0].id, { Name: 'tenant' }), 'InvalidParameterException', existingAttribute('tenant'));
    assert.deepEqual((await custom(id)).map((a) => `${a.Name} ${a.AttributeDataType}`), ['custom:plan String'], 'nothing of a refused request is added');
  });

  it('refuses a required custom attribute, in AWS’s words', async () => {
    await rejectsWith(add(await newPool(), { Name: 'must', Required: true }), 'InvalidParameterException', REQUIRED_CUSTOM);
  });

  it('takes at most 50 custom attributes per pool, and 1–25 per request', async () => {
    const id = await newPool();
    const named = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ Name: `a${from + i}` }));
    await rejectsWith(add(id), 'InvalidParameterException', /Member must have length greater than or equal to 1/);
    await rejectsWith(add(id, ...named(0, 26)), 'InvalidParameterException', /Member must have length less than or equal to 25/);
    await add(id, ...named(0, 25));
    await add(id, ...named(25, 24));
    await rejectsWith(add(id, ...named(49, 2)), 'InvalidParameterException', TOO_MANY_CUSTOM);
    await add(id, ...named(49, 1));
    await rejectsWith(add(id, { Name: 'one-more' }), 'InvalidParameterException', TOO_MANY_CUSTOM);
    assert.equal((await custom(id)).length, 50);
  });

  it('takes String lengths from 0 to 2048, the minimum no more than the maximum, and Number bounds in order', async () => {
    const id = await newPool();
    await add(id, { Name: 'full', StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' } });
    await rejectsWith(add(id, { Name: 'long', StringAttributeConstraints: { MaxLength: '2049' } }), 'InvalidParameterException', /custom:long: String lengths must be from 0 to 2048/);
    await rejectsWith(add(id, { Name: 'upside', StringAttributeConstraints: { MinLength: '10', MaxLength: '9' } }), 'InvalidParameterException', /MinLength no more than MaxLength/);
    await rejectsWith(add(id, { Name: 'words', StringAttributeConstraints: { MaxLength: 'ten' } }), 'InvalidParameterException', 'custom:words: MaxLength must be a whole number.');
    await rejectsWith(add(id, { Name: 'range', AttributeDataType: 'Number', NumberAttributeConstraints: { MinValue: '5', MaxValue: '4' } }), 'InvalidParameterException', 'custom:range: MinValue must be no more than MaxValue.');
    assert.deepEqual((await custom(id)).map((a) => a.Name), ['custom:full']);
  });

  it('moves the pool’s LastModifiedDate', async () => {
    const id = await newPool();
    const before = (await session.client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.LastModifiedDate;
    clock += 90_000;
    await add(id, { Name: 'later' });
    const after = (await session.client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.LastModifiedDate;
    assert.equal((after?.getTime() ?? 0) - (before?.getTime() ?? 0), 90_000);
  });
});
