package org.zhengwu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The public look-ups' proof (a letter's or an application's number with its query code, checked once): the numbers
 * proven in this browser session, at most {@link #MAX} of them, kept under one session attribute per look-up.
 */
public final class SessionProofs {

    public static final int MAX = 20;

    private SessionProofs() {
    }

    @SuppressWarnings("unchecked")
    public static void prove(HttpSession session, String attribute, String number) {
        Set<String> numbers = (Set<String>) session.getAttribute(attribute);
        Set<String> next = numbers == null ? new LinkedHashSet<>() : new LinkedHashSet<>(numbers);
        next.remove(number);
        next.add(number);
        while (next.size() > MAX) {
            next.remove(next.iterator().next());
        }
        session.setAttribute(attribute, next);
    }

    @SuppressWarnings("unchecked")
    public static boolean proven(HttpServletRequest request, String attribute, String number) {
        HttpSession session = request.getSession(false);
        Object numbers = session == null ? null : session.getAttribute(attribute);
        return numbers instanceof Set<?> s && ((Set<String>) s).contains(number);
    }
}
