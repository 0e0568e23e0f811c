package dev.assumerole.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scripted STS on 127.0.0.1 that responds with STS's own XML documents and records what was sent. Start it
 * with {@link #start()}, stop it with {@link #close()}.
 */
public final class StsStub implements AutoCloseable {
    public static final String TEMPORARY_KEY_ID = "ASIAQUICKEXAMPLEKEY1";
    public static final String TEMPORARY_SECRET = "stubSecretAccessKeyDoNotLeak0123456789abc";
    public static final String TEMPORARY_TOKEN = "stubSessionTokenDoNotLeakFwoGZXIvYXdzEXAMPLE";
    public static final String EXPIRATION = "2030-01-01T12:00:00Z";

    private static final Pattern CREDENTIAL_SCOPE =
            Pattern.compile("Credential=([A-Z0-9]+)/\\d{8}/([a-z0-9-]+)/sts/aws4_request");

    private final WireMockServer server;

    /** One request as STS received it. */
    public record Call(Map<String, String> parameters, String accessKeyId, String signingRegion,
            boolean hasSessionToken) {
    }

    private StsStub() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    }

    public static StsStub start() {
        StsStub stub = new StsStub();
        stub.server.start();
        return stub;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Responds to every request with a successful AssumeRole for {@code assumedRoleArn}. */
    public void answerAssumeRole(String assumedRoleArn) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(assumeRoleResponse(assumedRoleArn))));
    }

    /** Responds to every request with an STS error document. */
    public void answerError(int status, String type, String code, String message) {
        String body = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                + "  <Error>\n    <Type>" + type + "</Type>\n    <Code>" + code + "</Code>\n"
                + "    <Message>" + message + "</Message>\n  </Error>\n"
                + "  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>\n</ErrorResponse>\n";
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/xml").withBody(body)));
    }

    /** Answers with a body that is not an STS document. */
    public void answerGarbage() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody("<html><body>Welcome to nginx</body></html>")));
    }

    /** Responds only after {@code delay}. */
    public void answerLate(Duration delay, String assumedRoleArn) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody(assumeRoleResponse(assumedRoleArn)).withFixedDelay((int) delay.toMillis())));
    }

    /** Drops the connection without an answer. */
    public void answerConnectionReset() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public List<Call> calls() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl())).stream()
                .map(StsStub::call)
                .collect(Collectors.toList());
    }

    private static Call call(LoggedRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        String authorization = request.getHeader("Authorization");
        String keyId = null;
        String region = null;
        if (authorization != null) {
            Matcher scope = CREDENTIAL_SCOPE.matcher(authorization);
            if (scope.find()) {
                keyId = scope.group(1);
                region = scope.group(2);
            }
        }
        return new Call(parameters, keyId, region, request.containsHeader("X-Amz-Security-Token"));
    }

    static String assumeRoleResponse(String assumedRoleArn) {
        return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                + "  <AssumeRoleResult>\n"
                + "    <AssumedRoleUser>\n"
                + "      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:session</AssumedRoleId>\n"
                + "      <Arn>" + assumedRoleArn + "</Arn>\n"
                + "    </AssumedRoleUser>\n"
                + "    <Credentials>\n"
                + "      <AccessKeyId>" + TEMPORARY_KEY_ID + "</AccessKeyId>\n"
                + "      <SecretAccessKey>" + TEMPORARY_SECRET + "</SecretAccessKey>\n"
                + "      <SessionToken>" + TEMPORARY_TOKEN + "</SessionToken>\n"
                + "      <Expiration>" + EXPIRATION + "</Expiration>\n"
                + "    </Credentials>\n"
                + "  </AssumeRoleResult>\n"
                + "  <ResponseMetadata>\n    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>\n"
                + "  </ResponseMetadata>\n"
                + "</AssumeRoleResponse>\n";
    }

    @Override
    public void close() {
        server.stop();
    }
}
