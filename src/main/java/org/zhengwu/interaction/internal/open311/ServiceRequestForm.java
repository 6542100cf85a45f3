package org.zhengwu.interaction.internal.open311;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.interaction.NewLetter;
import org.zhengwu.platform.RuleViolation;

/**
 * The parameters of POST a service request as a letter. GeoReport v2 is made for places (potholes, graffiti) and asks
 * for a location; a letter to a mailbox has none, so the location is optional here: {@code address_string},
 * {@code lat}/{@code long} and {@code media_url} (never fetched by the server) are added to the letter's text, below
 * the description, for the unit that answers. The name is {@code last_name} then {@code first_name} when both are
 * Chinese (王 + 小明), else first then last with a space. The subject is the description's first sentence, cut to
 * {@value #SUBJECT_LENGTH} characters. {@code attribute[public]=true} asks for publication; without it the letter is
 * private. Everything else is checked by the hall's own rules.
 */
record ServiceRequestForm(String serviceCode, String firstName, String lastName, String phone, String email,
                          String description, String addressString, String lat, String lon, String mediaUrl,
                          String publicAttribute) {

    static final int SUBJECT_LENGTH = 30;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]");

    /**
     * The missing required parameters' names: service_code, description. {@code first_name} and {@code last_name}
     * are optional in GeoReport v2; a letter without them is signed {@code open311.letter.no-name}.
     */
    List<String> missing() {
        List<String> missing = new java.util.ArrayList<>();
        if (blank(serviceCode)) {
            missing.add("service_code");
        }
        if (blank(description)) {
            missing.add("description");
        }
        return missing;
    }

    /**
     * The letter to submit; a malformed location, link or attribute is refused naming the parameter. {@code words}
     * gives the labels of the added lines ({@code open311.letter.address}, {@code .coordinates}, {@code .media}) and
     * the subject of a description without a first sentence ({@code open311.letter.subject}).
     */
    NewLetter letter(UnaryOperator<String> words) {
        StringBuilder added = new StringBuilder();
        if (!blank(addressString)) {
            added.append('\n').append(words.apply("open311.letter.address")).append(addressString.strip());
        }
        if (!blank(lat) || !blank(lon)) {
            added.append('\n').append(words.apply("open311.letter.coordinates")).append(coordinate("lat", lat, 90))
                    .append(", ").append(coordinate("long", lon, 180));
        }
        if (!blank(mediaUrl)) {
            added.append('\n').append(words.apply("open311.letter.media")).append(link(mediaUrl.strip()));
        }
        String text = description.strip() + (added.isEmpty() ? "" : "\n" + added);
        String subject = subject(description);
        String name = name();
        return new NewLetter(serviceCode.strip(), name.isEmpty() ? words.apply("open311.letter.no-name") : name, phone,
                email,
                subject.isEmpty() ? words.apply("open311.letter.subject") : subject, text, publicWish(), List.of());
    }

    /** The parameter a problem of the hall's rules is about. */
    static String parameter(LetterProblem p) {
        return switch (p.field()) {
            case "name" -> "first_name";
            case "subject", "text" -> "description";
            case "mailbox" -> "service_code";
            case "files" -> "media_url";
            default -> p.field();
        };
    }

    String name() {
        String first = blank(firstName) ? "" : firstName.strip();
        String last = blank(lastName) ? "" : lastName.strip();
        if (HAN.matcher(first).matches() && HAN.matcher(last).matches()) {
            return last + first;
        }
        return (first + " " + last).strip();
    }

    static String subject(String description) {
        String d = description == null ? "" : description.strip();
        java.util.regex.Matcher end = SENTENCE_END.matcher(d);
        String first = (end.find() ? d.substring(0, end.start()) : d).strip();
        return first.length() <= SUBJECT_LENGTH ? first : first.substring(0, SUBJECT_LENGTH - 1) + "…";
    }

    private boolean publicWish() {
        if (blank(publicAttribute)) {
            return false;
        }
        return switch (publicAttribute.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RuleViolation("open311.error.attribute.public", "attribute[" + ServiceCatalog.PUBLIC + "]");
        };
    }

    private static String coordinate(String parameter, String value, double max) {
        try {
            double d = Double.parseDouble(value == null ? "" : value.strip());
            if (Double.isFinite(d) && Math.abs(d) <= max) {
                return value.strip();
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RuleViolation("open311.error.coordinate", parameter, max);
    }

    private static String link(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 500) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new RuleViolation("open311.error.media-url", "media_url");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
