package dev.assumerole.cli;

import com.google.gson.Gson;
import dev.assumerole.config.ProfileListing;
import dev.assumerole.config.ProfileSummary;
import java.util.ArrayList;
import java.util.List;

/** Renders a profile listing as a plain-text table, each profile's problems indented below it. */
final class ProfileTable {
    private static final String[] HEADINGS = {"PROFILE", "KIND", "SOURCE", "MFA", "REGION", "ROLE"};
    private static final Gson GSON = new Gson();

    private ProfileTable() {
    }

    static String render(ProfileListing listing) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (ProfileSummary profile : listing.profiles()) {
            rows.add(new String[] {
                profile.name(),
                kindName(profile),
                profile.sourceProfile() != null ? profile.sourceProfile() : dash(profile.credentialSource()),
                profile.mfaSerial() != null ? "yes" : "-",
                dash(profile.region()),
                dash(profile.roleArn())});
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("Config file:      ").append(listing.configFile()).append('\n');
        out.append("Credentials file: ").append(listing.credentialsFile()).append("\n\n");
        for (int index = 0; index < rows.size(); index++) {
            appendRow(out, rows.get(index), widths);
            if (index > 0) {
                for (String problem : listing.profiles().get(index - 1).problems()) {
                    out.append("    ! ").append(problem).append('\n');
                }
            }
        }
        if (listing.profiles().isEmpty()) {
            out.append("(no profiles)\n");
        }
        if (!listing.problems().isEmpty()) {
            out.append("\nProblems with the files:\n");
            listing.problems().forEach(problem -> out.append("  ! ").append(problem).append('\n'));
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.length; column++) {
            line.append(String.format("%-" + widths[column] + "s", row[column]));
            if (column < row.length - 1) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Returns the kind as it appears in the JSON listing, such as {@code staticKeys}. */
    private static String kindName(ProfileSummary profile) {
        return GSON.toJson(profile.kind()).replace("\"", "");
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
