package dev.assumerole.lsp;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The proxy of the connected client, set once the launcher exists; empty before that. */
@Singleton
public class ClientProxyHolder {
    private final AtomicReference<AwsClient> client = new AtomicReference<>();

    void connect(AwsClient proxy) {
        client.set(proxy);
    }

    public Optional<AwsClient> client() {
        return Optional.ofNullable(client.get());
    }
}
