import * as assert from 'node:assert/strict';
import { CognitoError, toCognitoError } from '../../src/shared/errors';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { TreeModel } from '../../src/tree/model';
import type { Prompter } from '../../src/ui/prompter';
import type { CognitoDouble } from '../double/cognitoDouble';
import { modelUpdates, singleConnection } from '../support/connections';
import { flowRun, settle } from '../support/flowHarness';
import { anonymous, failure, row, settleTable, told } from './faultTable';
import { writeOperations, type WriteOperation } from './faultOperations';
import { useDouble } from '../support/sessionHooks';

// The fault table of docs/reliability.md, produced here: every write the extension makes, under each fault
// the AWS-faithful double can inject on exactly that call, through the extension's own flows, SDK client
// (built by the extension, as src/aws/createService.ts builds it), retries and tree. For each: what the
// person is told, what is left in the pool (read with a plain SDK client), and what the tree lists, which
// must agree with the pool. Nothing may be created twice or lost, nothing may end "failed" when it
// happened, and a refusal is one sentence that says what to do.

interface Fault {
  name: string;
  /** Aimed at the operation's call, before the flow starts. */
  inject?: (double: CognitoDouble, call: string) => void;
  /** Happens when the person has given the flow's last answer, before the flow makes its call. */
  atLastAnswer?: (double: CognitoDouble) => void | Promise<void>;
  /**
   * done: recovered from, and the person told it worked. refused: nothing done, and the person gets the
   * one sentence that says what to do. happened: Cognito acted but the extension cannot know it; the
   * person is told it worked, or told to refresh and look, and the tree, refreshed as told, lists it.
   */
  outcome: 'done' | { refused: string } | 'happened';
  /** The same item as an earlier row (the person runs the command again): no new set-up. */
  keyOf?: string;
}

const EXPIRED = toCognitoError({ name: 'ExpiredTokenException' }, { operation: 'any', profile: 'dev' }).message;
const GONE = toCognitoError({ name: 'Error', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, { operation: 'any', customEndpoint: true }).message;
const LOOK = toCognitoError({ name: 'AnswerLost' }, { operation: 'any' }).message;

const FAULTS: Fault[] = [
  { name: 'Throttled twice', inject: (d, op) => d.throttleNext(2, op), outcome: 'done' },
  { name: 'Connection dropped before Cognito acted', inject: (d, op) => d.dropNext(1, op), outcome: 'done' },
  { name: 'Answer lost after Cognito acted', inject: (d, op) => d.loseAnswerNext(1, op), outcome: 'done' },
  { name: 'HTTP 500, nothing done', inject: (d, op) => d.failNext(1, 500, op), outcome: 'done' },
  // The credentials worked for the reads before and while the person answered; they ran out before the write.
  { name: 'Credentials expired between the prompts and the call', atLastAnswer: (d) => d.expireCredentials(), outcome: { refused: EXPIRED } },
  { name: '… renewed, and the same command run again', inject: (d) => d.renewCredentials(), outcome: 'done', keyOf: 'Credentials expired between the prompts and the call' },
  // The endpoint stops answering (connections refused) after the reads and prompts, then comes back.
  // A person takes a moment between steps, long enough for the client to see its kept-alive connection
  // closed; a request sent into that very closing would be a lost answer (the next row but one).
  { name: 'Endpoint gone between the prompts and the call', atLastAnswer: async (d) => (await d.goAway(), await sleep(50)), outcome: { refused: GONE } },
  { name: '… back, and the same command run again', outcome: 'done', keyOf: 'Endpoint gone between the prompts and the call' },
  // Cognito acted, its answer was lost, and the endpoint is gone for the retry or the follow-up read.
  { name: 'Answer lost after Cognito acted, then the endpoint gone', inject: (d, op) => (d.loseAnswerNext(1, op), d.goAwayAfterNext(op)), outcome: 'happened' },
];

describe('reliability: every write under every fault', function () {
  this.timeout(120_000);
  const session = useDouble({ pools: [{ name: 'faults', groups: [{ name: 'testers' }] }] });
  let cognito: LazyCognito;
  let operations: WriteOperation[];
  const rows: string[] = [];

  before(() => {
    // The extension's own client; a profile named as a person would have chosen one.
    cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: session.endpoint, profile: 'dev' }));
    operations = writeOperations({ sdk: session.client, cognito, poolId: session.double.pools[0].id, poolName: 'faults', groupName: 'testers' });
  });
  afterEach(async () => {
    session.double.renewCredentials();
    await session.double.comeBack();
  });

  const keyOf = (fault: Fault) => `f${FAULTS.findIndex((f) => f.name === (fault.keyOf ?? fault.name))}`;

  // Declared in order: each operation's rows run one after the other, so "run again" follows its expiry.
  for (const [o, name] of ['Create User Pool', 'Create App Client', 'Create User', 'Set Password (permanent)', 'Delete User', 'Add to Group'].entries()) {
    for (const fault of FAULTS) {
      it(`${name}: ${fault.name}`, async () => {
        const operation = operations[o];
        assert.equal(operation.name, name);
        const key = keyOf(fault);
        if (!fault.keyOf) await operation.setUp?.(key);
        const model = new TreeModel(singleConnection(cognito));
        const listing = await operation.listing(model);
        await model.getChildren(listing);
        const before = await operation.inPool(key);

        const run = flowRun(operation.answers(key));
        run.deps.connections = singleConnection(cognito);
        run.deps.tree = modelUpdates(model);
        if (fault.atLastAnswer) run.deps.prompter = afterAnswers(run.deps.prompter, operation.answers(key).length, () => fault.atLastAnswer?.(session.double));
        fault.inject?.(session.double, operation.call);
        session.double.calls.length = 0;
        let said: string;
        let refusal: unknown;
        try {
          await operation.run(run.deps, key);
          await settle();
          said = told(run);
        } catch (error) {
          refusal = error;
          said = failure(error);
        }
        session.double.renewCredentials();
        await session.double.comeBack();
        // Told to refresh and look (the answer was lost), the person does.
        if (fault.outcome === 'happened' && said.includes(LOOK)) model.refresh(listing);
        const left = await operation.inPool(key);
        const listed = operation.inTree(await model.getChildren(listing), key);
        rows.push(row([fault.name, operation.name, anonymous(said), operation.describe(left), operation.describe(listed)]));

        assert.ok(!/^[2-9]/.test(left), `nothing twice: ${left}`);
        assert.equal(listed, left, 'the tree lists what the pool holds');
        if (fault.outcome === 'done') {
          assert.equal(refusal, undefined, `each of these faults is recovered from, and the person told so: ${said} / ${left}`);
          assert.equal(left, operation.done, 'done');
        } else if (fault.outcome === 'happened') {
          assert.equal(left, operation.done, 'Cognito acted');
          assert.ok(refusal === undefined || said.endsWith(LOOK), `told it worked, or to refresh and look: ${said}`);
        } else {
          // A single write throws its one sentence; a bulk action (Delete, Add to Group) ends its summary with it.
          assert.ok(refusal === undefined || refusal instanceof CognitoError, `one known sentence: ${said}`);
          assert.ok(said.endsWith(fault.outcome.refused), `the sentence that says what to do: ${said}`);
          assert.equal(left, before, 'nothing done');
          assert.ok(session.double.calls.some((c) => c.operation === operation.call) || fault.outcome.refused === GONE, 'the flow reached its call');
        }
      });
    }
  }

  after(() =>
    settleTable(
      { name: 'fault table', producedBy: 'test/integration/faults.test.ts', columns: ['Fault', 'Operation', 'What the person sees', 'What is left in the pool', 'What the tree lists'] },
      rows,
      operations.length * FAULTS.length,
    ),
  );
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The prompter, with `then` run once the person has given `count` answers. */
function afterAnswers(prompter: Prompter, count: number, then: () => void | Promise<void>): Prompter {
  let answered = 0;
  return new Proxy(prompter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const answer: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (++answered === count) await then();
        return answer;
      };
    },
  });
}
