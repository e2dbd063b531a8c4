// ReadAttributes and WriteAttributes as AWS keeps them: a list is the client's own set, and an empty list
// is no set at all. The API reference (CreateUserPoolClient): "When you don't specify the WriteAttributes
// for your app client, your app can write the values of the Standard attributes of your user pool ...
// Amazon Cognito only populates WriteAttributes in the API response if you have specified your own custom
// set of write attributes" (ReadAttributes alike), and an empty list leaves the defaults in force
// (aws/aws-cdk#30608: with no attribute given as writable, every standard one stays writable). So an empty
// list is stored as none, and Describe reports none.
//
// AWS does not refuse a client that writes what it does not read (aws/aws-cdk#7407 shows one working), so
// neither does the double; the refusals it does apply are checkClientSettings' (appClientRequests.ts).

export function ownList(names: string[] | undefined): string[] | undefined {
  return names && names.length > 0 ? names : undefined;
}
