package dev.reviewbot.command;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's period as admins type it: "7d", "24h", "90m". */
public final class ReportPeriod {

    /** What a report covers when no period is given. */
    public static final Duration DEFAULT = Duration.ofDays(7);
    private static final Pattern FORM = Pattern.compile("(\\d{1,5})\\s*([dhm])");

    private ReportPeriod() {
    }

    /** @throws IllegalArgumentException in one line naming what was typed and the form wanted */
    public static Duration parse(String typed) {
        Matcher m = FORM.matcher(typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("the period must be a number of days, hours or minutes, such as 7d, "
                    + "24h or 30m, not '" + typed + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }

    /** "7 days", "24 hours", "30 minutes". */
    public static String describe(Duration period) {
        if (period.toMinutes() % (24 * 60) == 0) {
            return plural(period.toDays(), "day");
        }
        return period.toMinutes() % 60 == 0 ? plural(period.toHours(), "hour") : plural(period.toMinutes(), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
