import * as assert from 'node:assert/strict';
import { isCognitoAwsHost, signsWithAwsCredentials } from '../../src/connection/awsHosts';

// The rule that decides whether a connection's requests carry the person's AWS credentials: Cognito's own
// endpoint names, read as the SDK reads an endpoint (new URL(...).hostname), and nothing that only looks like one.

const hostOf = (endpoint: string) => new URL(endpoint).hostname;

describe('Cognito’s own hosts', () => {
  it('takes Cognito’s standard, FIPS, dual-stack, China, GovCloud and VPC-endpoint names', () => {
    for (const endpoint of [
      'https://cognito-idp.eu-west-3.amazonaws.com',
      'https://cognito-idp-fips.us-east-2.amazonaws.com',
      'https://cognito-idp.ap-southeast-4.api.aws',
      'https://cognito-idp-fips.us-west-2.api.aws',
      'https://cognito-idp.cn-northwest-1.amazonaws.com.cn',
      'https://cognito-idp.cn-north-1.api.amazonwebservices.com.cn',
      'https://cognito-idp-fips.us-gov-west-1.amazonaws.com',
      'https://vpce-0a1b2c3d4e5f67890-abcdefgh.cognito-idp.eu-central-2.vpce.amazonaws.com',
      'https://COGNITO-IDP.EU-WEST-3.AMAZONAWS.COM:443/',
      'https://cognito-idp.eu-west-3.amazonaws.com./',
      'https://someone:secret@cognito-idp.eu-west-3.amazonaws.com',
    ]) {
      assert.equal(isCognitoAwsHost(hostOf(endpoint)), true, endpoint);
    }
  });

  it('refuses lookalikes, other hosts and tricks that send the request elsewhere', () => {
    for (const endpoint of [
      'https://cognito-idp.eu-west-3.amazonaws.com.evil.example',
      'https://amazonaws.com.evil.example',
      'https://evil-amazonaws.com',
      'https://cognito-idp.eu-west-3.evil-amazonaws.com',
      'https://cognito-idp.eu-west-3.amazonaws.co',
      'https://cognito-idp.eu-west-3.amazonaws.com@evil.example',
      'https://cognito-idp.eu-west-3.amazonaws.com:443@evil.example/',
      'https://evil.example\\@cognito-idp.eu-west-3.amazonaws.com',
      'https://evil.example#@cognito-idp.eu-west-3.amazonaws.com',
      'https://evil.example?.cognito-idp.eu-west-3.amazonaws.com',
      'https://evil.example/cognito-idp.eu-west-3.amazonaws.com',
      'https://cognito-idp.eu-west-3.аmazonaws.com', // a Cyrillic "а": the URL holds its punycode form
      'https://amazonaws.com',
      'https://api.aws',
      'https://eu-west-3.amazonaws.com',
      // Customers' own servers under AWS's domains: they read the headers they are sent.
      'https://ec2-203-0-113-25.eu-west-3.compute.amazonaws.com',
      'https://my-balancer-1234567890.eu-west-3.elb.amazonaws.com',
      'https://a1b2c3d4e5.execute-api.eu-west-3.amazonaws.com',
      'https://attacker.s3.amazonaws.com',
      'https://cognito-idp.attacker.eu-west-3.amazonaws.com',
      'https://cognito-idp.eu-west-3.cognito-idp.eu-west-3.amazonaws.com',
      'https://vpce-0a1b2c3d.cognito-idp.eu-west-3.notvpce.amazonaws.com',
      'https://cognito-idp.not-a-region.amazonaws.com',
      'https://cognito-identity.eu-west-3.amazonaws.com',
      'https://127.0.0.1:9229',
      'https://[::1]:9229',
      'http://localhost:9229',
    ]) {
      assert.equal(isCognitoAwsHost(hostOf(endpoint)), false, endpoint);
    }
  });
});

describe('which connections are signed with the person’s credentials', () => {
  it('AWS itself and Cognito’s own endpoint: yes', () => {
    assert.equal(signsWithAwsCredentials({ profile: 'dev', region: 'eu-west-3' }), true);
    assert.equal(signsWithAwsCredentials({ region: 'eu-west-3', endpoint: 'https://cognito-idp-fips.eu-west-3.api.aws' }), true);
  });

  it('any other endpoint, emulators on this machine included: no, unless the connection says so', () => {
    assert.equal(signsWithAwsCredentials({ profile: 'dev', region: 'eu-west-3', endpoint: 'https://cognito-proxy.example.net' }), false);
    assert.equal(signsWithAwsCredentials({ region: 'eu-west-3', endpoint: 'http://127.0.0.1:9229' }), false);
    assert.equal(signsWithAwsCredentials({ region: 'eu-west-3', endpoint: 'not a url' }), false);
    assert.equal(signsWithAwsCredentials({ region: 'eu-west-3', endpoint: 'https://cognito-proxy.example.net', sendAwsCredentials: true }), true);
  });
});
