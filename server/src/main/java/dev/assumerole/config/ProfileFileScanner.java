package dev.assumerole.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * A light pass over a file's text before the SDK parses it. It finds what the SDK's parser accepts without a
 * word although a user would want to know: sections it ignores, repeated sections and keys, a byte-order mark.
 * The SDK stays the parser of record; this pass only removes a byte-order mark and blanks out the earlier of
 * {@code [default]} and {@code [profile default]}, so that the later one wins as in botocore. Blanked lines keep
 * their place, so line numbers in the SDK's messages still match the file.
 */
final class ProfileFileScanner {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]*)\\]");
    private static final Pattern PROPERTY = Pattern.compile("^([^=\\s#;][^=]*?)\\s*=");
    private static final Pattern PROFILE_PREFIX = Pattern.compile("^profile\\s+(.*)$");
    /**
     * The characters the SDK's parser (2.59.1) accepts in a profile name, found by parsing a name with each
     * printable ASCII character and a few non-ASCII letters. It drops a section with any other character,
     * and logs that only through SLF4J.
     */
    private static final Pattern SDK_NAME_CHARACTER = Pattern.compile("[A-Za-z0-9_\\-./%@:+]");

    /** The scan's output: the text to hand to the SDK, and the problems with the profile each concerns. */
    record Result(String text, List<Finding> findings) {
    }

    /** A problem found by the scan; {@code profile} is null when it concerns the file as a whole. */
    record Finding(String profile, String message) {
    }

    private record Section(String profile, int headerLine, int endLine, boolean prefixedDefault) {
    }

    private ProfileFileScanner() {
    }

    static Result scan(String content, ProfileFile.Type type, String file) {
        List<Finding> findings = new ArrayList<>();
        String text = content;
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
            findings.add(new Finding(null, ProfileMessages.byteOrderMark(file)));
        }
        String[] lines = text.split("\r?\n", -1);
        List<Section> sections = scanSections(lines, type, file, findings);

        reportRepeatedSections(sections, file, findings);
        blankEarlierDefault(sections, lines, file, findings);
        return new Result(String.join("\n", lines), findings);
    }

    private static List<Section> scanSections(String[] lines, ProfileFile.Type type, String file,
            List<Finding> findings) {
        List<Section> sections = new ArrayList<>();
        String current = null;
        int currentHeader = 0;
        boolean currentPrefixedDefault = false;
        Map<String, Integer> keyLines = new HashMap<>();

        for (int index = 0; index < lines.length; index++) {
            int lineNumber = index + 1;
            String line = lines[index];
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                if (current != null) {
                    sections.add(new Section(current, currentHeader, lineNumber - 1, currentPrefixedDefault));
                }
                String header = section.group(1).trim();
                current = profileName(header, type, file, lineNumber, findings);
                currentHeader = lineNumber;
                currentPrefixedDefault = type == ProfileFile.Type.CONFIGURATION && !header.equals("default");
                keyLines.clear();
                continue;
            }
            Matcher property = PROPERTY.matcher(line);
            if (current != null && property.find()) {
                String key = property.group(1).trim().toLowerCase(Locale.ROOT);
                Integer earlier = keyLines.putIfAbsent(key, lineNumber);
                if (earlier != null) {
                    findings.add(new Finding(current,
                            ProfileMessages.repeatedKey(current, property.group(1).trim(), file, earlier,
                                    lineNumber)));
                }
            }
        }
        if (current != null) {
            sections.add(new Section(current, currentHeader, lines.length, currentPrefixedDefault));
        }
        return sections;
    }

    /** Returns the profile a section header defines in this kind of file, or null for a section of another kind. */
    private static String profileName(String header, ProfileFile.Type type, String file, int line,
            List<Finding> findings) {
        Matcher prefixed = PROFILE_PREFIX.matcher(header);
        String name;
        if (type == ProfileFile.Type.CONFIGURATION) {
            if (header.equals("default")) {
                return "default";
            }
            if (header.startsWith("sso-session ") || header.startsWith("services ")) {
                return null;
            }
            if (!prefixed.matches()) {
                findings.add(new Finding(header, ProfileMessages.unprefixedConfigSection(header, file, line)));
                return null;
            }
            name = prefixed.group(1).trim();
        } else {
            if (prefixed.matches()) {
                String intended = prefixed.group(1).trim();
                findings.add(new Finding(intended, ProfileMessages.prefixedCredentialsSection(intended, file, line)));
                return null;
            }
            name = header;
        }
        if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            findings.add(new Finding(name.isEmpty() ? null : name, ProfileMessages.invalidProfileName(name, file,
                    line)));
            return null;
        }
        String rejected = firstRejectedCharacter(name);
        if (rejected != null) {
            findings.add(new Finding(name, ProfileMessages.rejectedProfileName(name, file, line, rejected)));
            return null;
        }
        return name;
    }

    /** Returns the first character of {@code name} that the SDK rejects, or null when it accepts them all. */
    private static String firstRejectedCharacter(String name) {
        int offset = 0;
        while (offset < name.length()) {
            int codePoint = name.codePointAt(offset);
            String character = new String(Character.toChars(codePoint));
            if (!SDK_NAME_CHARACTER.matcher(character).matches()) {
                return character;
            }
            offset += Character.charCount(codePoint);
        }
        return null;
    }

    private static void reportRepeatedSections(List<Section> sections, String file, List<Finding> findings) {
        Map<String, Section> first = new HashMap<>();
        for (Section section : sections) {
            String key = section.profile() + (section.prefixedDefault() ? "#prefixed" : "");
            Section earlier = first.putIfAbsent(key, section);
            if (earlier != null) {
                findings.add(new Finding(section.profile(), ProfileMessages.repeatedSection(section.profile(), file,
                        earlier.headerLine(), section.headerLine())));
            }
        }
    }

    private static void blankEarlierDefault(List<Section> sections, String[] lines, String file,
            List<Finding> findings) {
        Section plain = null;
        Section prefixed = null;
        for (Section section : sections) {
            if (section.profile().equals("default")) {
                if (section.prefixedDefault()) {
                    prefixed = section;
                } else {
                    plain = section;
                }
            }
        }
        if (plain == null || prefixed == null) {
            return;
        }
        Section earlier = plain.headerLine() < prefixed.headerLine() ? plain : prefixed;
        Section later = earlier == plain ? prefixed : plain;
        for (Section section : sections) {
            boolean sameHeader = section.profile().equals("default")
                    && section.prefixedDefault() == earlier.prefixedDefault();
            if (sameHeader) {
                for (int line = section.headerLine(); line <= section.endLine(); line++) {
                    lines[line - 1] = "";
                }
            }
        }
        findings.add(new Finding("default",
                ProfileMessages.bothDefaultSections(file, earlier.headerLine(), later.headerLine())));
    }
}
