package dev.assumerole.credentials;

/** Resolves a profile's chain, validates it and calls STS for each hop. Shared by the command line and the server. */
public interface RoleAssumer {

    /**
     * Assumes the role of {@code request.profile()}. Everything is validated before the first network call.
     *
     * @throws AssumeRoleException with {@link ErrorKind#MFA_CODE_REQUIRED} and the serial when the chain needs a
     *     code and the request has none, or with the kind that describes any other failure
     */
    RoleSession assume(RoleRequest request);
}
