import { checkRegion } from './regions';
import type { ConnectionSettings } from '../shared/settings';

// Which endpoints get the person's AWS credentials: Amazon Cognito's own, and no other host. Any other
// endpoint (an emulator, a proxy, a host a settings file names) gets placeholder credentials (createService.ts),
// unless its connection says "sendAwsCredentials": true.
//
// AWS's domains are the AWS SDK's partition table (@aws-sdk/core: each partition's dnsSuffix and
// dualStackDnsSuffix). A name under one of them is not enough: EC2 public names (ec2-….compute-1.amazonaws.com),
// load balancers (….elb.amazonaws.com) and API Gateway (….execute-api.<region>.amazonaws.com) are servers that
// AWS's customers run, and they read the headers they are sent. So the name must be Cognito's user pools
// endpoint in a region: cognito-idp or cognito-idp-fips, then the region, then the domain (AWS's endpoint list:
// standard, FIPS and dual-stack forms), or an interface VPC endpoint of it, vpce-<id>.cognito-idp.<region>.vpce.<domain>.
// The name is the one the SDK connects to: new URL(endpoint).hostname, as the SDK parses it (so a
// "user@host", "host\@…" or "host#@…" trick names the host the request really goes to).

const AWS_DOMAINS = [
  'amazonaws.com', // aws, aws-us-gov
  'api.aws', // aws, aws-us-gov: dual-stack
  'amazonaws.com.cn', // aws-cn
  'api.amazonwebservices.com.cn', // aws-cn: dual-stack
  'amazonaws.eu', // aws-eusc
  'api.amazonwebservices.eu',
  'c2s.ic.gov', // aws-iso
  'api.aws.ic.gov',
  'sc2s.sgov.gov', // aws-iso-b
  'api.aws.scloud',
  'cloud.adc-e.uk', // aws-iso-e
  'api.cloud-aws.adc-e.uk',
  'csp.hci.ic.gov', // aws-iso-f
  'api.aws.hci.ic.gov',
].sort((a, b) => b.length - a.length);

const SERVICE_LABELS = new Set(['cognito-idp', 'cognito-idp-fips']);
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether a host name is Amazon Cognito's own user pools endpoint. */
export function isCognitoAwsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, ''); // "name." is the same DNS name as "name"
  const domain = AWS_DOMAINS.find((d) => host.endsWith(`.${d}`));
  if (!domain) return false;
  const labels = host.slice(0, -(domain.length + 1)).split('.');
  if (!labels.every((label) => DNS_LABEL.test(label))) return false;
  const isRegion = (label: string) => checkRegion(label) === undefined;
  if (labels.length === 2) return SERVICE_LABELS.has(labels[0]) && isRegion(labels[1]);
  if (labels.length === 4) return labels[0].startsWith('vpce-') && labels[1] === 'cognito-idp' && isRegion(labels[2]) && labels[3] === 'vpce';
  return false;
}

/** Whether a connection's requests are signed with the person's AWS credentials (else with placeholders). */
export function signsWithAwsCredentials(settings: ConnectionSettings): boolean {
  if (settings.endpoint === undefined) return true; // the SDK's own endpoint for the region
  if (settings.sendAwsCredentials === true) return true;
  try {
    return isCognitoAwsHost(new URL(settings.endpoint).hostname);
  } catch {
    return false;
  }
}
