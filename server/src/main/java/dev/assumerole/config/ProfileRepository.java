package dev.assumerole.config;

import java.nio.file.Path;
import java.util.List;

/** The user's profiles, read through the AWS SDK's profile file parser. */
public interface ProfileRepository {

    /** Reads both files as they are now. A broken file becomes a problem in the listing, never an exception. */
    ProfileListing list();

    /** The config and credentials file paths in effect, for watching them; a file need not exist. */
    List<Path> files();
}
