package org.zhengwu.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * The registration form's rules in plain Java: every field checked, every problem reported at once with its field,
 * so the clerk sees all of them and nothing is stored. Fields: {@code channel}, {@code category}, {@code matter},
 * {@code place}, {@code unitId}, {@code skipping} ("yes"), {@code transferNumber}, {@code count}, and up to
 * {@link #ROWS} petitioners {@code name1}, {@code idNumber1}, {@code phone1}, {@code address1}, … .
 */
final class PetitionForm {

    static final int ROWS = 5;
    static final int MAX_MATTER = 5000;
    static final int MAX_PLACE = 200;
    static final int MAX_NAME = 50;
    static final int MAX_ADDRESS = 200;
    static final int MAX_TRANSFER = 50;
    static final int MAX_COUNT = 10000;
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private PetitionForm() {
    }

    /** The petition the form describes, or every problem with it. */
    static NewPetition read(Map<String, String> f, Set<String> categories, LongPredicate unitExists,
                            String letter) {
        List<InvalidPetition.Problem> problems = new ArrayList<>();
        Channel channel = channel(f.get("channel"), letter != null);
        if (channel == null) {
            problems.add(problem("channel", "petitions.error.channel"));
        }
        String category = text(f.get("category"));
        if (!categories.contains(category)) {
            problems.add(problem("category", "petitions.error.category"));
        }
        String matter = required(f, "matter", MAX_MATTER, problems);
        String place = required(f, "place", MAX_PLACE, problems);
        Long unitId = number(f.get("unitId"));
        if (unitId == null || !unitExists.test(unitId)) {
            problems.add(problem("unitId", "petitions.error.unit"));
        }
        String transfer = text(f.get("transferNumber"));
        if (channel == Channel.TRANSFER && transfer.isEmpty()) {
            problems.add(problem("transferNumber", "petitions.error.transfer.empty"));
        } else if (transfer.length() > MAX_TRANSFER) {
            problems.add(problem("transferNumber", "petitions.error.too-long", MAX_TRANSFER));
        }
        List<NewPetition.Petitioner> people = petitioners(f, problems);
        int count = people.size();
        String countText = text(f.get("count"));
        if (!countText.isEmpty()) {
            Long n = number(countText);
            if (n == null || n < Math.max(1, people.size()) || n > MAX_COUNT) {
                problems.add(problem("count", "petitions.error.count", Math.max(1, people.size()), MAX_COUNT));
            } else {
                count = n.intValue();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPetition(problems);
        }
        return new NewPetition(channel, category, matter, place, unitId, "yes".equals(f.get("skipping")),
                transfer.isEmpty() ? null : transfer, letter, people, count);
    }

    private static List<NewPetition.Petitioner> petitioners(Map<String, String> f,
                                                           List<InvalidPetition.Problem> problems) {
        List<NewPetition.Petitioner> people = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            String name = text(f.get("name" + i));
            String id = text(f.get("idNumber" + i));
            String phone = text(f.get("phone" + i)).replace(" ", "");
            String address = text(f.get("address" + i));
            if (name.isEmpty() && id.isEmpty() && phone.isEmpty() && address.isEmpty()) {
                continue;
            }
            if (name.isEmpty()) {
                problems.add(problem("name" + i, "petitions.error.name.empty", i));
            } else if (name.length() > MAX_NAME || CONTROL.matcher(name).find()) {
                problems.add(problem("name" + i, "petitions.error.name.bad", i, MAX_NAME));
            }
            String validId = id.isEmpty() ? null : IdNumbers.valid(id);
            if (!id.isEmpty() && validId == null) {
                problems.add(problem("idNumber" + i, "petitions.error.id-number", i));
            }
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                problems.add(problem("phone" + i, "petitions.error.phone", i));
            }
            if (address.length() > MAX_ADDRESS) {
                problems.add(problem("address" + i, "petitions.error.too-long", MAX_ADDRESS));
            }
            people.add(new NewPetition.Petitioner(name, validId, phone.isEmpty() ? null : phone,
                    address.isEmpty() ? null : address));
        }
        if (people.isEmpty()) {
            problems.add(problem("name1", "petitions.error.petitioner.none"));
        }
        return people;
    }

    private static Channel channel(String typed, boolean fromLetter) {
        if (fromLetter) {
            return Channel.ONLINE;
        }
        try {
            Channel c = Channel.valueOf(text(typed));
            return c == Channel.ONLINE ? null : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String required(Map<String, String> f, String field, int max,
                                   List<InvalidPetition.Problem> problems) {
        String t = text(f.get(field));
        if (t.isEmpty()) {
            problems.add(problem(field, "petitions.error." + field + ".empty"));
        } else if (t.length() > max) {
            problems.add(problem(field, "petitions.error.too-long", max));
        } else if (CONTROL.matcher(t).find()) {
            problems.add(problem(field, "petitions.error.control"));
        }
        return t;
    }

    static InvalidPetition.Problem problem(String field, String key, Object... args) {
        return new InvalidPetition.Problem(field, key, args);
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
