// A scripted STS endpoint on loopback. AssumeRole with the rejected code gets the 403 document
// that STS sends for a wrong MFA code; any other code gets credentials that expire soon, so the
// test can watch a session run out. It keeps the codes it received in memory, never on disk.
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';

const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

export class StsStub {
  constructor({ rejectedCode, sessionSeconds }) {
    this.rejectedCode = rejectedCode;
    this.sessionSeconds = sessionSeconds;
    this.requests = [];
    this.issued = [];
    this.server = http.createServer((request, response) => this.handle(request, response));
  }

  listen(port) {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', resolve);
    });
  }

  close() {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The TokenCode of every AssumeRole request, in the order they arrived. */
  tokenCodes() {
    return this.requests.filter((params) => params.get('Action') === 'AssumeRole').map((params) => params.get('TokenCode'));
  }

  async handle(request, response) {
    const chunks = [];
    for await (const chunk of request) {
      chunks.push(chunk);
    }
    const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const query = new URL(request.url, 'http://127.0.0.1').searchParams;
    for (const [name, value] of query) {
      params.append(name, value);
    }
    this.requests.push(params);

    if (params.get('Action') !== 'AssumeRole') {
      send(response, 400, errorDocument('InvalidAction', `The stub answers AssumeRole only, not ${params.get('Action')}.`));
    } else if (params.get('TokenCode') === this.rejectedCode) {
      send(response, 403, errorDocument('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.'));
    } else {
      send(response, 200, this.assumeRoleDocument(params));
    }
  }

  assumeRoleDocument(params) {
    const roleArn = params.get('RoleArn') ?? 'arn:aws:iam::123456789012:role/unknown';
    const sessionName = params.get('RoleSessionName') ?? 'unnamed';
    const [, , , , account, resource] = roleArn.split(':');
    const roleName = resource.replace(/^role\//, '').split('/').pop();
    const credentials = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(96).toString('base64'),
    };
    this.issued.push(credentials);
    const expiration = new Date(Date.now() + this.sessionSeconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    return `<AssumeRoleResponse xmlns="${STS_NAMESPACE}">
  <AssumeRoleResult>
    <Credentials>
      <AccessKeyId>${credentials.accessKeyId}</AccessKeyId>
      <SecretAccessKey>${credentials.secretAccessKey}</SecretAccessKey>
      <SessionToken>${credentials.sessionToken}</SessionToken>
      <Expiration>${expiration}</Expiration>
    </Credentials>
    <AssumedRoleUser>
      <AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${sessionName}</AssumedRoleId>
      <Arn>arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}</Arn>
    </AssumedRoleUser>
  </AssumeRoleResult>
  <ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>
</AssumeRoleResponse>
`;
  }
}

function errorDocument(code, message) {
  return `<ErrorResponse xmlns="${STS_NAMESPACE}">
  <Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>
  <RequestId>${randomUUID()}</RequestId>
</ErrorResponse>
`;
}

function send(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'text/xml', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}
