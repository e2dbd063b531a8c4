import * as assert from 'node:assert/strict';
import { parse as parseDotenv } from 'dotenv';
import * as ts from 'typescript';
import { configSnippet } from '../../src/views/configSnippets';

// Copy Configuration For…, the cases test/unit/pools.test.ts leaves out: an emulator pool's .env and
// aws-jwt-verify note, the CLI command for AWS and for a client without a secret, and string literals
// that stay one literal whatever the endpoint holds. Region and ids unlike any default.

const AWS = { userPoolId: 'sa-east-1_Capy8Ra', clientId: '3h5n0capybaraclient', region: 'sa-east-1', hasSecret: false };
const EMULATOR = { ...AWS, userPoolId: 'local_Capy8Ra', endpoint: 'http://127.0.0.1:9247' };

/** The string literals given to each property, as TypeScript reads them. */
function stringProperties(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.initializer)) found.set(node.name.getText(), node.initializer.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('snippet.ts', text, ts.ScriptTarget.Latest, true));
  return found;
}

function syntaxErrors(text: string): string[] {
  const out = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** The CLI command as the shell splits it (the snippet continues lines with a backslash). */
function cliWords(text: string): string[] {
  return text.replace(/ \\\n/g, ' ').trim().split(/\s+/);
}

/** The modules a snippet imports, and what from each. */
function imports(text: string): string[] {
  const source = ts.createSourceFile('snippet.ts', text, ts.ScriptTarget.Latest, true);
  return source.statements.filter(ts.isImportDeclaration).map((i) => i.getText(source));
}

describe('Copy Configuration For… formats', () => {
  it('the TypeScript snippets import what they use and compile, for AWS and for an emulator', () => {
    for (const input of [AWS, EMULATOR]) {
      const amplify = configSnippet('amplify', input);
      assert.deepEqual(syntaxErrors(amplify), []);
      assert.deepEqual(imports(amplify), ["import { Amplify } from 'aws-amplify';"]);
      assert.match(amplify, /^Amplify\.configure\(\{$/m);
      const verifier = configSnippet('jwtVerify', input);
      assert.deepEqual(syntaxErrors(verifier), []);
      assert.deepEqual(imports(verifier), ["import { CognitoJwtVerifier } from 'aws-jwt-verify';"]);
      assert.equal(stringProperties(verifier).get('tokenUse'), 'id');
      assert.equal(stringProperties(verifier).get('clientId'), '3h5n0capybaraclient');
      assert.match(verifier, /await verifier\.verify\(token\)/, 'shows how to use it');
    }
  });

  it('.env is KEY=value lines only, ending with a newline', () => {
    for (const input of [AWS, EMULATOR]) {
      const text = configSnippet('dotenv', input);
      assert.ok(text.endsWith('\n'));
      for (const line of text.slice(0, -1).split('\n')) assert.match(line, /^COGNITO_[A-Z_]+=\S+$/);
    }
  });

  it('.env for an emulator pool names its endpoint instead of an AWS issuer', () => {
    assert.deepEqual(parseDotenv(configSnippet('dotenv', EMULATOR)), {
      COGNITO_REGION: 'sa-east-1',
      COGNITO_USER_POOL_ID: 'local_Capy8Ra',
      COGNITO_CLIENT_ID: '3h5n0capybaraclient',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9247',
    });
  });

  it('.env for AWS gives the issuer in the pool’s own region', () => {
    assert.equal(parseDotenv(configSnippet('dotenv', AWS)).COGNITO_ISSUER, 'https://cognito-idp.sa-east-1.amazonaws.com/sa-east-1_Capy8Ra');
  });

  it('aws-jwt-verify for an emulator pool says how to hand it the keys; for AWS it says nothing of it', () => {
    const emulator = configSnippet('jwtVerify', EMULATOR);
    assert.deepEqual(syntaxErrors(emulator), []);
    assert.match(emulator, /^\/\/ .*\(http:\/\/127\.0\.0\.1:9247\).*https only/m);
    assert.match(emulator, /^\/\/ .*verifier\.cacheJwks\(jwks\)/m);
    assert.equal(stringProperties(emulator).get('userPoolId'), 'local_Capy8Ra');
    assert.doesNotMatch(configSnippet('jwtVerify', AWS), /cacheJwks|emulator/);
  });

  it('the AWS CLI command for an AWS client without a secret has no endpoint and no SECRET_HASH', () => {
    // The whole command: nothing else may slip into it.
    assert.deepEqual(cliWords(configSnippet('cli', AWS)), [
      'aws', 'cognito-idp', 'initiate-auth',
      '--region', 'sa-east-1',
      '--client-id', '3h5n0capybaraclient',
      '--auth-flow', 'USER_PASSWORD_AUTH',
      '--auth-parameters', 'USERNAME=<username>,PASSWORD=<password>',
    ]);
  });

  it('the AWS CLI command is one shell command: every line but the last continues with a backslash', () => {
    const lines = configSnippet('cli', { ...EMULATOR, hasSecret: true }).split('\n');
    assert.equal(lines.at(-1), '', 'it ends with a newline');
    const command = lines.slice(0, -1);
    assert.ok(command.length > 1);
    for (const l of command.slice(0, -1)) assert.match(l, / \\$/);
    assert.doesNotMatch(command.at(-1)!, /\\$/);
  });

  it('quotes and backslashes in an endpoint stay inside one TypeScript string', () => {
    // A path with a quote (kept by URL parsing) and a query with a backslash (kept too): both must be escaped.
    const endpoint = "http://127.0.0.1:9247/o'brien/cognito?x=a\\b";
    const text = configSnippet('amplify', { ...EMULATOR, endpoint });
    assert.deepEqual(syntaxErrors(text), []);
    const value = stringProperties(text).get('userPoolEndpoint');
    assert.equal(value, new URL(endpoint).toString());
    assert.ok(value!.includes("o'brien") && value!.includes('a\\b'));
  });
});
