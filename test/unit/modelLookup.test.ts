import * as assert from 'node:assert/strict';
import type { ViewModel } from '../../src/shared/views/viewModel';
import { copyableOf, linkOf, offersAction } from '../../src/views/rendered/modelLookup';

// A rendered view's clicks name a field or an action; the extension acts only on what its own model offered.

const TOKEN_PARTS: [string, string, string] = ['eyJraWQiOiJr', 'eyJzdWIiOiI5', 'c2lnbmF0dXJl'];

const model: ViewModel = {
  title: 'User pool ops-eu',
  actions: [{ id: 'cognito.createUser', label: 'Create User…' }],
  sections: [
    {
      title: 'Pool',
      fields: [
        { id: 'poolId', label: 'Pool Id', value: 'eu-west-3_Zq9', mono: true, copy: true },
        { id: 'name', label: 'Name', value: 'ops-eu' },
        { id: 'issuerUrl', label: 'Issuer URL', value: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_Zq9', copy: true, link: true },
        { id: 'script', label: 'Pretend URL', value: 'javascript:alert(1)', link: true },
        { id: 'authFlows', label: 'Authentication flows', value: 'ALLOW_USER_SRP_AUTH', actions: [{ id: 'cognito.editAuthFlows', label: 'Edit…' }] },
      ],
    },
  ],
  tokens: [
    {
      id: 'id',
      name: 'ID token',
      parts: TOKEN_PARTS,
      signature: { state: 'verified', detail: 'key k1' },
      header: [{ id: 'id.header.kid', label: 'kid', value: 'k1', copy: true }],
      claims: [{ id: 'id.claim.sub', label: 'sub', value: '9f1c', copy: true }],
    },
    { id: 'access', name: 'Access token', problem: 'Cognito returned none.', signature: { state: 'unchecked', detail: '' }, header: [], claims: [] },
  ],
};

describe('what a rendered view’s click names, looked up in its model', () => {
  it('copies a field with a copy button, a claim, a header member, or a whole token by its id', () => {
    assert.deepEqual(copyableOf(model, 'poolId'), { label: 'Pool Id', text: 'eu-west-3_Zq9' });
    assert.deepEqual(copyableOf(model, 'id.claim.sub'), { label: 'sub', text: '9f1c' });
    assert.deepEqual(copyableOf(model, 'id.header.kid'), { label: 'kid', text: 'k1' });
    assert.deepEqual(copyableOf(model, 'id'), { label: 'ID token', text: TOKEN_PARTS.join('.') });
  });

  it('copies nothing the model did not offer to copy', () => {
    assert.equal(copyableOf(model, 'name'), undefined, 'no copy button on the name');
    assert.equal(copyableOf(model, 'access'), undefined, 'a token without parts');
    assert.equal(copyableOf(model, 'nowhere'), undefined);
  });

  it('opens only http(s) links of fields marked as links', () => {
    assert.equal(linkOf(model, 'issuerUrl'), 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_Zq9');
    assert.equal(linkOf(model, 'script'), undefined, 'not http(s)');
    assert.equal(linkOf(model, 'poolId'), undefined, 'not a link');
  });

  it('runs only actions the model offers, under the heading or beside a value', () => {
    assert.equal(offersAction(model, 'cognito.createUser'), true);
    assert.equal(offersAction(model, 'cognito.editAuthFlows'), true);
    assert.equal(offersAction(model, 'cognito.deleteUserPool'), false);
  });
});
