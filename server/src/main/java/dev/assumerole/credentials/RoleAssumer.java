package dev.assumerole.credentials;

import java.util.function.Consumer;

/** Resolves a profile's chain, validates it and calls STS for each hop. Shared by the command line and the server. */
public interface RoleAssumer {

    /**
     * Assumes the role of {@code request.profile()}. Everything is validated before the first network call.
     *
     * @throws AssumeRoleException with {@link ErrorKind#MFA_CODE_REQUIRED} and the serial when the chain needs a
     *     code and the request has none, or with the kind that describes any other failure
     */
    RoleSession assume(RoleRequest request);

    /**
     * Assumes the role like {@link #assume(RoleRequest)}, and hands {@code notices} each sentence the user should
     * see although the call succeeded, such as a duration shortened to the one-hour limit of chained roles.
     */
    default RoleSession assume(RoleRequest request, Consumer<String> notices) {
        return assume(request);
    }
}
